import { BlockList, isIP } from 'node:net';

/**
 * Networks a user's webhook may not reach: loopback, private, link-local, CGNAT, multicast,
 * reserved, and every IPv6 form that embeds or translates an IPv4 address (IPv4-compatible,
 * SIIT-translated, NAT64 well-known and local-use), whose gateway would forward to the IPv4 inside.
 */
const BLOCKED_NETWORKS: readonly [string, number, 'ipv4' | 'ipv6'][] = [
  ...([
    ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
    ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
  ] as const).map(([net, prefix]) => [net, prefix, 'ipv4'] as [string, number, 'ipv4']),
  ...([
    ['::', 96], // unspecified, loopback and IPv4-compatible (::a.b.c.d)
    ['::ffff:0:0:0', 96], // IPv4-translated (SIIT)
    ['64:ff9b::', 96], ['64:ff9b:1::', 48], // NAT64
    ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
  ] as const).map(([net, prefix]) => [net, prefix, 'ipv6'] as [string, number, 'ipv6']),
];

// Node's BlockList judges an IPv4-mapped IPv6 address (::ffff:a.b.c.d, in any spelling) by the
// IPv4 rules, so ::ffff:8.8.8.8 passes and ::ffff:7f00:1 does not.
const BLOCKED = new BlockList();
for (const [net, prefix, family] of BLOCKED_NETWORKS) BLOCKED.addSubnet(net, prefix, family);

/** True for an address a webhook may not call, and for anything that is not an address. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return BLOCKED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}
