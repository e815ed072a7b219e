# Shared by the benchmark scripts (source it): talking to a running Staybook server and reading its JVM's figures.
# The caller sets API (the base URL + /api/v1) before post, and PID (the server JVM) before rss_mib and cpu_seconds.

json() { grep -o "\"$1\":\"[^\"]*\"" | head -1 | cut -d'"' -f4; }     # the first string field of that name

post() { # post <path> <token or -> <body>: prints the answer's body, fails on a status >= 300
  local auth=(); [ "$2" != - ] && auth=(-H "Authorization: Bearer $2")
  # a random client address each time: the per-address sign-up and sign-in limits are for real clients
  curl -fsS -X POST "$API$1" -H 'Content-Type: application/json' -H "X-Forwarded-For: 10.91.$((RANDOM % 250)).$((RANDOM % 250 + 1))" \
    "${auth[@]}" -d "$3"
}

server_pid() { # server_pid <base-url>: the process listening on its port (SERVER_PID overrides)
  local port; port=$(echo "$1" | sed -E 's#^[a-z]+://[^:/]+:?([0-9]*).*#\1#'); port=${port:-80}
  local pid=${SERVER_PID:-$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)}
  [ -n "$pid" ] || { echo "no process listens on port $port (set SERVER_PID)" >&2; return 1; }
  echo "$pid"
}

rss_mib() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$PID/status"; }
cpu_seconds() { awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t}' "/proc/$PID/stat"; }

reader_fixture() { # reader_fixture <name> <city>: a host with a published listing in <city> and a signed-in guest;
  # sets host_token, listing and guest_token
  local run password email host
  run=$(date +%s%N); password="a long $1 benchmark password"
  email="$1-host-$run@bench.staybook.test"
  post /auth/register - "{\"email\":\"$email\",\"password\":\"$password\",\"name\":\"Bench Host\"}" >/dev/null
  host=$(post /auth/login - "{\"email\":\"$email\",\"password\":\"$password\"}")
  post /users/me/host "$(echo "$host" | json accessToken)" '' >/dev/null
  host_token=$(post /auth/refresh - "{\"refreshToken\":\"$(echo "$host" | json refreshToken)\"}" | json accessToken)
  listing=$(post /listings "$host_token" '{"title":"Benchmark flat","description":"Read by the benchmarks.","propertyType":"APARTMENT",
    "roomType":"ENTIRE_PLACE","address":{"street":"1 Bench Street","city":"'"$2"'","country":"FR"},"location":{"latitude":48.85,"longitude":2.35},
    "timeZone":"Europe/Paris","capacity":{"guests":4,"bedrooms":2,"beds":2,"bathrooms":1},"amenities":["wifi"],
    "photos":[{"url":"https://img.example/bench.jpg","caption":"Room"}],
    "pricing":{"nightlyPrice":{"amount":"100.00","currency":"EUR"},"cleaningFee":{"amount":"25.00","currency":"EUR"}},
    "instantBook":true,"publish":true}' | json id)
  email="$1-guest-$run@bench.staybook.test"
  post /auth/register - "{\"email\":\"$email\",\"password\":\"$password\",\"name\":\"Bench Guest\"}" >/dev/null
  guest_token=$(post /auth/login - "{\"email\":\"$email\",\"password\":\"$password\"}" | json accessToken)
}
wrk_rate() { awk '/^Requests\/sec:/ {printf "%d", $2}' "$1"; }          # requests/s of a wrk output
wrk_requests() { awk '/requests in/ {print $1}' "$1"; }                 # requests sent in a wrk run
wrk_non2xx() { awk '/Non-2xx/ {print $NF}' "$1"; }                      # answers other than 2xx/3xx; nothing if none
