#!/bin/sh
# Builds the simulated office LAN (see /work/shared/LAB.md): bridge namespace, app namespace and
# router/printer/nas namespaces, each running real snmpd and avahi-daemon. Root only (rootless: run
# inside `unshare --user --map-root-user --net --mount --pid --fork` — not finished, see README).
# Usage: lab/up.sh PREFIX RUNDIR    Tear down: lab/down.sh PREFIX RUNDIR (also on any failure here).
set -eu
P=${1:-mlab}; RUN=${2:-/tmp/$P}; HERE=$(cd "$(dirname "$0")" && pwd)
trap '"$HERE/down.sh" "$P" "$RUN" >/dev/null 2>&1' EXIT
mkdir -p "$RUN"
ip netns add "$P-sw"; ip -n "$P-sw" link add br0 type bridge mcast_snooping 0 stp_state 0; ip -n "$P-sw" link set br0 up
add() { # name ip
  ip netns add "$P-$1"
  ip -n "$P-sw" link add "v-$1" type veth peer name eth0 netns "$P-$1"
  ip -n "$P-sw" link set "v-$1" master br0 up
  ip -n "$P-$1" addr add "$2/24" dev eth0; ip -n "$P-$1" link set eth0 up; ip -n "$P-$1" link set lo up
  ip -n "$P-$1" route add 224.0.0.0/4 dev eth0
}
add app 10.77.0.10
for d in router:10.77.0.1 printer:10.77.0.21 nas:10.77.0.22; do
  name=${d%%:*}; addr=${d#*:}; add "$name" "$addr"
  D="$RUN/$name"; mkdir -p "$D/snmp" "$D/run" "$D/services"
  sed "s/@ADDR@/$addr/" "$HERE/devices/$name.snmpd.conf" > "$D/snmpd.conf"
  SNMP_PERSISTENT_DIR="$D/snmp" MIBS= setsid ip netns exec "$P-$name" snmpd -f -C -c "$D/snmpd.conf" -Lf "$D/snmpd.log" -p "$D/snmpd.pid" </dev/null >/dev/null 2>&1 &
  cp "$HERE"/devices/$name.*.service "$D/services/" 2>/dev/null || true
  printf '[server]\nhost-name=%s-%s\nuse-ipv4=yes\nuse-ipv6=no\nallow-interfaces=eth0\nenable-dbus=no\n[wide-area]\nenable-wide-area=no\n[publish]\npublish-workstation=no\n[reflector]\nenable-reflector=no\n' "$P" "$name" > "$D/avahi-daemon.conf"
  setsid ip netns exec "$P-$name" sh -c "mount -n --bind '$D/run' /run && mount -n --bind '$D/services' /etc/avahi/services && exec avahi-daemon -f '$D/avahi-daemon.conf' --no-drop-root --no-chroot --no-rlimits --no-proc-title" </dev/null >"$D/avahi.log" 2>&1 &
  echo $! > "$D/avahi.pid"
done
# Ready when every snmpd answers and avahi had its ~2 s to establish its service groups.
for i in $(seq 1 50); do
  ok=1; for a in 10.77.0.1 10.77.0.21 10.77.0.22; do
    c=public; [ "$a" = 10.77.0.1 ] && c=office; SNMP_PERSISTENT_DIR="$RUN" ip netns exec "$P-app" snmpget -v2c -c "$c" -t 0.2 -r 0 "$a" 1.3.6.1.2.1.1.5.0 >/dev/null 2>&1 || ok=0
  done
  [ $ok = 1 ] && break; sleep 0.1
done
[ $ok = 1 ] || { echo "lab: snmpd did not come up" >&2; exit 1; }
sleep 2
trap - EXIT
echo "lab $P up: run discovery with: ip netns exec $P-app mamori discover --snmp 10.77.0.0/24 --mdns 10.77.0.10"
