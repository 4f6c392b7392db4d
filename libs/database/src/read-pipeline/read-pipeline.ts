import { Client, ClientConfig } from 'pg';
import { endsConnection, queryArrayRows } from '../array-rows-query';

/** One pipelined connection and how many of its statements still wait for their answer. */
interface Lane {
  client: Client;
  ready: Promise<void>;
  connected: boolean;
  inFlight: number;
  /** Whether its loss was reported: a FATAL answer and the socket's end both tell of the same one. */
  reported: boolean;
  /** Takes the lane out of use; the next turn that needs it opens another. */
  drop(err?: Error): void;
}

/**
 * Plain reads outside a transaction, sent on a few connections in pg's pipeline mode: every
 * statement issued in one turn of the event loop goes to the same connection in one write, and
 * PostgreSQL answers them one after the other without waiting for the next, each behind its own
 * Sync (a failed one fails alone).
 *
 * An API page's loaders send their statements in the same turn (an RFQ page's buyer, matches,
 * quotes, count, deals and suggestions). From a pool each takes a connection of its own, and every
 * statement costs a round trip: the API writes, PostgreSQL wakes, reads, answers, sleeps again.
 * Measured here, that wake-up is about 70 µs of PostgreSQL's CPU whatever the statement, most of
 * a short read's cost; pipelined, six such reads cost PostgreSQL a third and the API less than half.
 *
 * Only short reads belong here: a slow statement holds up the ones written behind it on its lane.
 * A lane whose connection breaks fails its statements in flight and is replaced on the next read.
 */
export class ReadPipeline {
  private readonly lanes: (Lane | undefined)[];
  /** The lane this turn's statements go to, held (its socket corked) until the turn ends. */
  private current: Lane | undefined;
  private closed = false;

  constructor(
    private readonly ClientClass: typeof Client,
    private readonly config: ClientConfig,
    connections: number,
    private readonly onError: (err: Error) => void,
  ) {
    this.lanes = new Array(connections).fill(undefined);
  }

  /** Whether this client is one of the pipeline's connections. */
  owns(client: Client): boolean {
    return this.lanes.some((lane) => lane?.client === client);
  }

  /** A read's rows as arrays of column values. */
  query(text: string, values: readonly unknown[]): Promise<unknown[][]> {
    if (this.closed) return Promise.reject(new Error('The read pipeline is closed'));
    const lane = this.current ?? this.startTurn();
    if (!lane.connected) return lane.ready.then(() => this.send(lane, text, values));
    return this.send(lane, text, values);
  }

  async close(): Promise<void> {
    this.closed = true;
    const lanes = this.lanes.splice(0).filter((lane): lane is Lane => lane !== undefined);
    await Promise.all(lanes.map((lane) => lane.client.end().catch(() => undefined)));
  }

  private async send(lane: Lane, text: string, values: readonly unknown[]): Promise<unknown[][]> {
    lane.inFlight++;
    try {
      return await queryArrayRows(lane.client, text, values);
    } catch (err) {
      // No read may be written behind it.
      if (endsConnection(err)) lane.drop(err);
      throw err;
    } finally {
      lane.inFlight--;
    }
  }

  /** Picks the least busy lane for this turn and holds its writes until the turn's statements are all in. */
  private startTurn(): Lane {
    let index = 0;
    for (let i = 1; i < this.lanes.length; i++) if ((this.lanes[i]?.inFlight ?? 0) < (this.lanes[index]?.inFlight ?? 0)) index = i;
    const lane = this.lanes[index] ?? this.open(index);
    this.current = lane;
    const stream = lane.connected ? streamOf(lane.client) : undefined;
    stream?.cork();
    setImmediate(() => {
      this.current = undefined;
      stream?.uncork();
    });
    return lane;
  }

  private open(index: number): Lane {
    const client = new this.ClientClass({ ...this.config, pipeline: true } as ClientConfig);
    const lane: Lane = {
      client,
      connected: false,
      inFlight: 0,
      reported: false,
      ready: Promise.resolve(),
      drop: (err) => {
        if (this.lanes[index] === lane) this.lanes[index] = undefined;
        if (this.current === lane) this.current = undefined;
        if (!err || this.closed || lane.reported) return;
        lane.reported = true;
        this.onError(err);
      },
    };
    client.on('error', (err) => lane.drop(err));
    client.on('end', () => lane.drop());
    lane.ready = client.connect().then(
      () => {
        lane.connected = true;
      },
      (err: Error) => {
        lane.drop(err);
        throw err;
      },
    );
    // Each read waiting on it gets the failure; this only keeps an unawaited one from being reported as unhandled.
    lane.ready.catch(() => undefined);
    this.lanes[index] = lane;
    return lane;
  }
}

/** The socket under a pg client, to write a turn's statements at once. */
function streamOf(client: Client): { cork(): void; uncork(): void } | undefined {
  const stream = (client as unknown as { connection?: { stream?: { cork?: () => void; uncork?: () => void } } }).connection?.stream;
  return stream?.cork && stream.uncork ? (stream as { cork(): void; uncork(): void }) : undefined;
}
