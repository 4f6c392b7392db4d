/** What the demo asks a service host to run (passed as JSON in argv). */
export type ServiceHostSpec =
  | { kind: 'postgres'; dataDir: string; port: number; user: string; password: string }
  | { kind: 'redis'; dataDir: string; port: number; binary: string };

/** Messages from a service host to the demo over the IPC channel. */
export type ServiceHostMessage =
  | { type: 'ready'; initialised: boolean; pid: number }
  | { type: 'failed'; message: string };

/** Message from the demo: stop the service and exit. */
export interface ServiceHostStop {
  type: 'stop';
}
