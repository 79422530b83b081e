#!/bin/sh
# Builds the simulated office LAN (see lab/README.md and /work/shared/LAB.md): a bridge namespace, the
# app namespace (run discovery there) and router/printer/nas namespaces, each with real snmpd and
# avahi-daemon. Needs root, or the rootless sandbox of lab/hold.sh. Nothing is added to the
# namespace it is called from except named namespaces under /run/netns.
# Usage: lab/up.sh PREFIX RUNDIR [DEVICE...]   Tear down: lab/down.sh PREFIX RUNDIR (also on failure here).
set -eu
P=${1:-mlab}; RUN=${2:-/tmp/$P}; HERE=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 2 ] && shift 2 || shift $#
DEVICES=${*:-router printer nas}
export PATH="/usr/sbin:/sbin:$PATH"
trap '"$HERE/down.sh" "$P" "$RUN" >/dev/null 2>&1' EXIT
mkdir -p "$RUN"
ip netns add "$P-sw"; ip -n "$P-sw" link add br0 type bridge mcast_snooping 0 stp_state 0; ip -n "$P-sw" link set br0 up
for name in app $DEVICES; do "$HERE/device.sh" net "$P" "$RUN" "$name"; done
# Devices start side by side: each waits ~2 s for avahi to establish its services.
pids=
for name in $DEVICES; do "$HERE/device.sh" start "$P" "$RUN" "$name" & pids="$pids $!"; done
for pid in $pids; do wait "$pid"; done
trap - EXIT
echo "lab $P up: run discovery with: ip netns exec $P-app mamori discover --snmp 10.77.0.0/24 --community public --community office --mdns 10.77.0.10"
