#!/bin/sh
# Holds a lab up for as long as its stdin stays open: up, print "lab ready", wait for EOF (or a
# signal), down. A test spawns it and just closes stdin; if the test dies, EOF comes all the same.
# Rootless: run it as `unshare --user --map-root-user --net --mount --pid --fork --mount-proc
# --kill-child -- sh lab/hold.sh P RUN` with LAB_ROOTLESS=1; it then mounts a private /run first, and
# when unshare dies the kernel kills everything inside.
# Usage: lab/hold.sh PREFIX RUNDIR [DEVICE...]
set -u
P=$1; RUN=$2; HERE=$(cd "$(dirname "$0")" && pwd)
export PATH="/usr/sbin:/sbin:$PATH"
if [ "${LAB_ROOTLESS:-0}" = 1 ]; then
  mount -t tmpfs -o mode=0755 tmpfs /run && mkdir -p /run/netns || { echo "lab: cannot mount a private /run" >&2; exit 1; }
fi
down() { "$HERE/down.sh" "$P" "$RUN" >/dev/null 2>&1; }
trap 'down; exit 0' TERM INT HUP
"$HERE/up.sh" "$@" || exit 1
echo "lab ready"
cat >/dev/null
down
echo "lab down"
