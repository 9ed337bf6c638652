#!/usr/bin/env bash
# Measures the release binary's window under Xvfb: time from launch until the first drawn frame
# is on the screen, CPU ticks while idle, and peak memory.
# Needs: xvfb imagemagick time (Debian packages). Run from the repository root after
# `cargo build --release`.
set -euo pipefail
display=":$((150 + RANDOM % 50))"
Xvfb "$display" -screen 0 1024x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1
tmp=$(mktemp -d)
export DISPLAY="$display" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"

for run in 1 2 3 4 5; do
    start=$(date +%s%N)
    /usr/bin/time -v ./target/release/briefdesk 2>"$tmp/time-$run.log" &
    timer=$!
    # Each poll takes about 100 ms, so the figure is an upper bound.
    while true; do
        colours=$(import -window root png:- 2>/dev/null | convert png:- -format '%k' info: 2>/dev/null || echo 0)
        [ "${colours:-0}" -gt 200 ] && break
    done
    end=$(date +%s%N)
    sleep 2
    pid=$(pgrep -x briefdesk)
    t0=$(awk '{print $14+$15}' "/proc/$pid/stat"); sleep 5; t1=$(awk '{print $14+$15}' "/proc/$pid/stat")
    kill "$pid"; wait "$timer" 2>/dev/null || true
    rss=$(awk -F': ' '/Maximum resident/ {print $2}' "$tmp/time-$run.log")
    echo "run $run: first frame after $(( (end - start) / 1000000 )) ms, idle CPU ticks in 5 s: $((t1 - t0)), peak RSS ${rss} kB"
done
