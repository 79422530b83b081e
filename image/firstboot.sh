#!/bin/sh
# Runs once on a box's first boot: an image copied to many SD cards must not share SSH host keys.
# (The box's CA and TLS server key are made by `mamori serve` itself at its first start.)
set -eu
rm -f /etc/ssh/ssh_host_*
ssh-keygen -A
install -d -m 0750 -o mamori -g mamori /var/lib/mamori
touch /var/lib/mamori-firstboot.done
