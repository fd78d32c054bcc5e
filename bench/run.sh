#!/usr/bin/env bash
# Reproduces the figures in BENCHMARKS.md on this machine:
#   bash bench/run.sh            (RUNS=25 bash bench/run.sh for more runs)
#   VS=c0bbd22 bash bench/run.sh (also times an earlier revision, built from a
#                                 git worktree, for the first frame)
#   ONLY=frames bash bench/run.sh (the first-frame figures alone)
#   ONLY=lab bash bench/run.sh (the lab's first frame and its requests per second;
#                               the one-core load needs 2 cores and taskset)
# Needs Go and tmux; fetches gum v0.17.0 with `go install` as a reference.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-15}
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
export HTTPQUIZ_DB="$bin/bench.db"   # never the real progress database

go build -o "$bin/httpquiz" .
go build -o "$bin/minimal" ./bench/minimal
go build -o "$bin/frames" ./bench/frames
go build -o "$bin/round" ./bench/round
go build -o "$bin/filldb" ./bench/filldb
go build -o "$bin/timeit" ./bench/timeit
vs=""
if [ -n "${VS:-}" ]; then
  git worktree add -q --detach "$bin/vs" "$VS"
  trap 'git worktree remove --force "$bin/vs"; rm -rf "$bin"' EXIT
  (cd "$bin/vs" && go build -o "$bin/httpquiz-vs" .)
  vs="$bin/httpquiz-vs"
fi
gum=""
if GOBIN="$bin" go install github.com/charmbracelet/gum@v0.17.0 2>/dev/null; then
  gum="$bin/gum"
else
  echo "(gum could not be installed; its reference lines are skipped)"
fi

if [ "${ONLY:-}" = lab ]; then
  echo "== the lab: first frame with its server listening, against the menu's, $runs runs each"
  for mode in tmux pty; do
    "$bin/frames" -mode "$mode" -runs "$runs" -name httpquiz -marker Practice -key Down -- "$bin/httpquiz"
    "$bin/frames" -mode "$mode" -runs "$runs" -name "httpquiz lab" -marker Core -key Down -- "$bin/httpquiz" lab --listen 127.0.0.1:0
  done
  go build -o "$bin/labload" ./bench/labload
  if [ "$(nproc)" -ge 2 ] && command -v taskset >/dev/null; then
    echo "== requests per second on one core: the server pinned to core 0, GOMAXPROCS=1, raw keep-alive load from core 1"
    # The reference is net/http answering "ok"; the headless lab logs each request, here to /dev/null.
    port=9100
    for server in hello lab headless; do
      port=$((port + 1))
      case $server in
        hello) GOMAXPROCS=1 taskset -c 0 "$bin/labload" -serve "127.0.0.1:$port" -hello & ;;
        lab) GOMAXPROCS=1 taskset -c 0 "$bin/labload" -serve "127.0.0.1:$port" & ;;
        headless) GOMAXPROCS=1 taskset -c 0 "$bin/httpquiz" lab serve --listen "127.0.0.1:$port" >/dev/null & ;;
      esac
      pid=$!
      sleep 0.5
      paths="/notes /notes/1 /me"
      [ "$server" = hello ] && paths=/
      for path in $paths; do
        for count in 1 2 3; do
          printf '%s\t' "$server"
          taskset -c 1 "$bin/labload" -url "http://127.0.0.1:$port" -path "$path" -for 3s -pid "$pid"
        done
      done
      kill "$pid"; wait "$pid" 2>/dev/null || true
    done
  else
    echo "(fewer than 2 cores or no taskset: the one-core load figures are skipped)"
  fi
  echo "== the same in one process, client and lab sharing a core (go test -cpu 1)"
  go test ./lab -run '^$' -bench BenchmarkPlainRoutes -cpu 1 -benchtime 3s -count 3 | grep req/s
  echo "== a lab question's round trip: reset, request, response, lines to draw"
  go test ./lab -run '^$' -bench BenchmarkPredictRoundTrip -benchtime 2000x -count 5 | grep ns/op
  exit 0
fi

echo "== time to first frame and key press to next frame (ms), $runs runs each"
for mode in tmux pty; do
  "$bin/frames" -mode "$mode" -runs "$runs" -name minimal -marker minimal -key Down -- "$bin/minimal"
  "$bin/frames" -mode "$mode" -runs "$runs" -name httpquiz -marker Practice -key Down -- "$bin/httpquiz"
  if [ -n "$vs" ]; then
    "$bin/frames" -mode "$mode" -runs "$runs" -name "httpquiz@$VS" -marker Practice -key Down -- "$vs"
  fi
  if [ -n "$gum" ]; then
    "$bin/frames" -mode "$mode" -runs "$runs" -name "gum choose" -marker zebra -key Down -- "$gum" choose alpha zebra gamma
  fi
done | tee "$bin/frames.txt"
awk '
  / tmux / || / pty / {
    m = ($0 ~ / tmux /) ? "tmux" : "pty"
    match($0, /first_ms median=[0-9.]+/); v = substr($0, RSTART+16, RLENGTH-16)
    if ($1 == "minimal") min[m] = v
    if ($1 == "httpquiz") hq[m] = v
    if ($1 ~ /^httpquiz@/) ref[m] = v
    if ($1 == "gum") gum[m] = v
  }
  END {
    for (m in hq) {
      printf "%s: httpquiz - minimal = %+.1f ms", m, hq[m] - min[m]
      if (ref[m] != "") printf "; the earlier revision - minimal = %+.1f ms", ref[m] - min[m]
      if (gum[m] != "") printf "; httpquiz / gum = %.2f", hq[m] / gum[m]
      printf "\n"
    }
  }' "$bin/frames.txt"
if [ "${ONLY:-}" = frames ]; then exit 0; fi

echo "== progress database: stats over 1,000,000 answers, and the first frame with it"
"$bin/httpquiz" --db "$bin/empty.db" stats > /dev/null
"$bin/filldb" -answers 1000000 -db "$bin/big.db"
ls -l "$bin/big.db" | awk '{printf "1M-answer database: %.0f MB\n", $5/1048576}'
"$bin/timeit" -runs 11 -name "stats, empty database" -- "$bin/httpquiz" --db "$bin/empty.db" stats
"$bin/timeit" -runs 11 -name "stats, 1M answers" -- "$bin/httpquiz" --db "$bin/big.db" stats
"$bin/timeit" -runs 11 -name "stats --json, 1M answers" -- "$bin/httpquiz" --db "$bin/big.db" stats --json
for mode in tmux pty; do
  for db in empty big; do
    "$bin/frames" -mode "$mode" -runs "$runs" -name "httpquiz, $db database" -marker Practice \
      -env HTTPQUIZ_DB="$bin/$db.db" -- "$bin/httpquiz"
  done
done

echo "== classroom: 200 SSH sessions on loopback, 10 questions each"
go build -o "$bin/classload" ./bench/classload
for n in 200 500 1000; do
  "$bin/classload" -players "$n" -questions 10 -think 3s
  "$bin/classload" -players "$n" -questions 10 -think 0s
done

echo "== peak memory of a 10-question practice round"
HTTPQUIZ_DB="$bin/round.db" "$bin/round" -runs 5 -count 10 -- "$bin/httpquiz" 2>/dev/null

echo "== View() of the question screen at 80x24"
go test -run '^$' -bench 'QuestionView|MenuView' -benchmem -count 5 ./tui | grep '^Benchmark'

echo "== binary size"
go build -o "$bin/stripped" -ldflags='-s -w' .
ls -l "$bin/httpquiz" "$bin/stripped" | awk '{printf "%s %.1f MB\n", $NF, $5/1048576}' | sed "s|$bin/||"
