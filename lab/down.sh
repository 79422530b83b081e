#!/bin/sh
# Removes everything lab/up.sh made: daemons first (a process keeps a namespace alive), then namespaces.
P=${1:-mlab}; RUN=${2:-/tmp/$P}
export PATH="/usr/sbin:/sbin:$PATH"
for ns in $(ip netns list 2>/dev/null | awk '{print $1}' | grep "^$P-"); do
  for pid in $(ip netns pids "$ns" 2>/dev/null); do kill "$pid" 2>/dev/null; done
done
sleep 0.2
for ns in $(ip netns list 2>/dev/null | awk '{print $1}' | grep "^$P-"); do
  for pid in $(ip netns pids "$ns" 2>/dev/null); do kill -9 "$pid" 2>/dev/null; done
  ip netns del "$ns" 2>/dev/null
done
case "$RUN" in /tmp/*) rm -rf "$RUN" ;; esac
exit 0
