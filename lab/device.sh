#!/bin/sh
# One lab device: its namespace on the lab bridge, a real snmpd and a real avahi-daemon (LAB.md).
# Usage: lab/device.sh net|start|stop PREFIX RUNDIR NAME [ADDR]
#   net: only the namespace and its veth on the bridge (run these one at a time: parallel `ip netns
#        add` races on the /run/netns mount). start: creates namespace and veth if missing, starts both daemons, returns once snmpd answers
#          and avahi has established its services. stop: kills every process in the namespace
#          (the namespace stays, so the device can start again on the same address and MAC).
# Rootless (inside `unshare --user --map-root-user`, LAB_ROOTLESS=1): avahi-daemon chowns its /run
# folder to user `avahi`, unmapped there, so it alone sees a passwd/group where avahi is uid/gid 0.
set -eu
ACTION=$1; P=$2; RUN=$3; NAME=$4; HERE=$(cd "$(dirname "$0")" && pwd)
ADDR=${5:-$(sed -n "s/^$NAME //p" "$HERE/devices/addresses")}
[ -n "$ADDR" ] || { echo "lab: no address for device $NAME" >&2; exit 2; }
D="$RUN/$NAME"; NS="$P-$NAME"
export PATH="/usr/sbin:/sbin:$PATH"

case $ACTION in
stop)
  for pid in $(ip netns pids "$NS" 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
  for i in $(seq 1 30); do [ -z "$(ip netns pids "$NS" 2>/dev/null)" ] && exit 0; sleep 0.1; done
  for pid in $(ip netns pids "$NS" 2>/dev/null); do kill -9 "$pid" 2>/dev/null || true; done
  exit 0 ;;
start|net) ;;
*) echo "usage: $0 net|start|stop PREFIX RUNDIR NAME [ADDR]" >&2; exit 2 ;;
esac

if ! ip netns list | grep -q "^$NS\( \|$\)"; then
  ip netns add "$NS"
  ip -n "$P-sw" link add "v-$NAME" type veth peer name eth0 netns "$NS"
  ip -n "$P-sw" link set "v-$NAME" master br0 up
  ip -n "$NS" addr add "$ADDR/24" dev eth0; ip -n "$NS" link set eth0 up; ip -n "$NS" link set lo up
  ip -n "$NS" route add 224.0.0.0/4 dev eth0 # no default route: without this, multicast finds nothing
fi
{ [ "$NAME" = app ] || [ "$ACTION" = net ]; } && exit 0

mkdir -p "$D/snmp" "$D/run" "$D/services"
rm -f "$D/run/avahi-daemon/pid" "$D/avahi.log"
sed "s/@ADDR@/$ADDR/" "$HERE/devices/$NAME.snmpd.conf" > "$D/snmpd.conf"
SNMP_PERSISTENT_DIR="$D/snmp" MIBS= setsid ip netns exec "$NS" snmpd -f -C -c "$D/snmpd.conf" -Lf "$D/snmpd.log" -p "$D/snmpd.pid" </dev/null >/dev/null 2>&1 &
cp "$HERE"/devices/"$NAME".*.service "$D/services/" 2>/dev/null || true
printf '[server]\nhost-name=%s-%s\nuse-ipv4=yes\nuse-ipv6=no\nallow-interfaces=eth0\nenable-dbus=no\n[wide-area]\nenable-wide-area=no\n[publish]\npublish-workstation=no\n[reflector]\nenable-reflector=no\n' "$P" "$NAME" > "$D/avahi-daemon.conf"
IDS=
if [ "${LAB_ROOTLESS:-0}" = 1 ]; then
  sed 's/^avahi:[^:]*:[0-9]*:[0-9]*:/avahi:x:0:0:/' /etc/passwd > "$D/passwd"
  sed 's/^avahi:[^:]*:[0-9]*:/avahi:x:0:/' /etc/group > "$D/group"
  IDS="mount -n --bind '$D/passwd' /etc/passwd && mount -n --bind '$D/group' /etc/group &&"
fi
setsid ip netns exec "$NS" sh -c "mount -n --bind '$D/run' /run && mount -n --bind '$D/services' /etc/avahi/services && $IDS exec avahi-daemon -f '$D/avahi-daemon.conf' --no-drop-root --no-chroot --no-rlimits --no-proc-title" </dev/null >"$D/avahi.log" 2>&1 &

# Ready: snmpd answers (its community is the first rocommunity in the config) and avahi said so.
COMMUNITY=$(awk '$1=="rocommunity"{print $2; exit}' "$D/snmpd.conf")
GROUPS_WANTED=$(ls "$D/services" | wc -l)
for i in $(seq 1 100); do
  snmp=0; avahi=0
  SNMP_PERSISTENT_DIR="$D/snmp" ip netns exec "$NS" snmpget -v2c -c "$COMMUNITY" -t 0.2 -r 0 "$ADDR" 1.3.6.1.2.1.1.5.0 >/dev/null 2>&1 && snmp=1
  if grep -q 'Server startup complete' "$D/avahi.log" 2>/dev/null; then
    [ "$(grep -c 'successfully established' "$D/avahi.log")" -ge "$GROUPS_WANTED" ] && avahi=1
  fi
  [ $snmp = 1 ] && [ $avahi = 1 ] && exit 0
  sleep 0.1
done
echo "lab: device $NAME did not come up (snmp=$snmp avahi=$avahi); see $D/*.log" >&2
tail -5 "$D/avahi.log" >&2 || true
exit 1
