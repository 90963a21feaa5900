#!/usr/bin/env bash
# A new user's whole journey, in a temporary folder, as the README tells it: init a site of
# one's own → new statement → fill its slots → check → two updates → translate → fill the
# translation → resolve both languages (the summary still says "investigating": warned, then
# rewritten) → an update on the resolved statement (refused) → build → render → list.
# Every command is printed with its output; the clock is set for each step (ONEVOICE_NOW), so
# the run is the same on any day. Any unexpected exit code stops it with a message.
#
#   bash scripts/journey.sh [path/to/onevoice]      (default: .venv/bin/onevoice, else onevoice)
set -euo pipefail
cd "$(dirname "$0")/.."
onevoice=${1:-$( [ -x .venv/bin/onevoice ] && echo "$PWD/.venv/bin/onevoice" || command -v onevoice )}
onevoice=$(cd "$(dirname "$onevoice")" && pwd)/$(basename "$onevoice")
python=$(dirname "$onevoice")/python
[ -x "$python" ] || python=python3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"   # never the user's own cache
unset SOURCE_DATE_EPOCH

at() { export ONEVOICE_NOW="2026-11-20T$1:00+01:00"; echo; echo "# $1 CET"; }

# shown ARGS...: the command line as one would type it (arguments with spaces in quotes).
shown() {
  local arg line="onevoice"
  for arg in "$@"; do
    case "$arg" in
      *[[:space:]\'\"]*|"") line+=" \"${arg//\"/\\\"}\"" ;;
      *) line+=" $arg" ;;
    esac
  done
  echo "$line"
}

# expect CODE ARGS...: run `onevoice ARGS...`; it must exit with CODE.
expect() {
  local code=$1 got=0
  shift
  echo "\$ $(shown "$@")"
  "$onevoice" "$@" 2>&1 || got=$?
  if [ "$got" != "$code" ]; then
    echo "journey: \`onevoice $*\` exited with $got, expected $code" >&2
    exit 1
  fi
  [ "$code" = 0 ] || echo "(exit $got, as expected)"
}

# edit FILE: apply the "old => new" lines read on stdin to FILE, as someone would in an
# editor; each old text must be there.
cat > "$work/edit.py" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
for line in sys.stdin.read().split("\n"):
    if not line.strip():
        continue
    old, new = line.split(" => ")
    if old not in text:
        sys.exit(f"journey: {path} does not contain {old!r}")
    text = text.replace(old, new)
open(path, "w", encoding="utf-8").write(text)
PY
edit() {
  echo "\$ edit $1"
  "$python" "$work/edit.py" "$1"
}

at 09:00
cd "$work"
expect 0 init northwind --name "Northwind Bank" --url https://status.northwind.example/ \
  --lang en --lang fr --timezone Europe/Paris --city Lille \
  --about "Northwind Bank is an online bank for 900,000 customers in France and Belgium." \
  --about "Northwind Bank est une banque en ligne qui compte 900 000 clients en France et en Belgique." \
  --press-email press@northwind.example --press-phone "+33 3 20 00 00 00"
cd northwind
expect 0 check

at 09:40
expect 0 new "Mobile app showed other customers' order history" --severity critical --template data-breach \
  --affected "Mobile app"
slug=2026-11-20-mobile-app-showed-other-customers-order-history
en=statements/$slug.md
fr=statements/$slug.fr.md
expect 1 check

edit "$en" <<'EOF'
[SPOKESPERSON NAME] => Amira Haddad
[SPOKESPERSON ROLE] => Chief Executive Officer
[WHAT PERSONAL DATA, WHOSE, SINCE WHEN] => the order history of 312 customers of our mobile app
[WHAT DATA, HOW MANY PEOPLE, SINCE WHEN, HOW WE FOUND OUT] => From 08:55 CET, 312 customers who opened their order history in our mobile app saw orders of other customers: items, amounts and delivery towns. No card number or password was shown. A customer told us at 09:20 CET.
[EXPOSURE STOPPED: HOW, OR BY WHEN] => We switched the order history off at 09:31 CET. It stays off until the fix is tested.
[WHO INVESTIGATES: OUR TEAMS, OUTSIDE EXPERTS] => Our security team is investigating with the app's developers.
[DATA PROTECTION AUTHORITY: WHEN TOLD (GDPR: 72 HOURS)] => We are reporting the incident to the data protection authority today.
[HOW AND WHEN WE CONTACT THE PEOPLE CONCERNED] => We will write to each of the 312 customers concerned by 21 November.
[WHAT PEOPLE SHOULD DO: NEW PASSWORD, WATCH FOR FAKE MESSAGES] => You do not need to change your password. Be wary of messages about an order you did not place.
[QUOTE FROM THE SPOKESPERSON: APOLOGY, RESPONSIBILITY, ACTION] => We showed our customers' orders to other people, and that is our failure. I apologise to each of them.
EOF
expect 0 check

at 10:20
expect 0 update order-history --status identified --next-update +1h \
  -m "The cause is a caching error in this morning's app update. The order history stays off while we fix it."

at 11:00
# The only ongoing statement: no name needed.
expect 0 update --status monitoring \
  -m "The fix is live and tested. The order history is back and shows each customer their own orders only."

at 11:10
expect 0 translate order-history --lang fr
expect 1 check
edit "$fr" <<'EOF'
[À TRADUIRE] Mobile app showed other customers' order history => L'application mobile a montré l'historique de commandes d'autres clients
[À TRADUIRE] Mobile app => Application mobile
[À TRADUIRE] Chief Executive Officer => Directrice générale
[À TRADUIRE] We have found a security incident that involves the order history of 312 customers of our mobile app. We are sorry. We are investigating, and we will post an update by 12:00 CET. => Nous avons découvert un incident de sécurité qui concerne l'historique de commandes de 312 clients de notre application mobile. Nous en sommes désolés. Nous menons l'analyse et publierons un point d'ici 12 h CET.
[À TRADUIRE] From 08:55 CET, 312 customers who opened their order history in our mobile app saw orders of other customers: items, amounts and delivery towns. No card number or password was shown. A customer told us at 09:20 CET. => Depuis 08:55 CET, 312 clients qui ont ouvert leur historique de commandes dans notre application mobile ont vu des commandes d'autres clients : articles, montants et villes de livraison. Aucun numéro de carte ni mot de passe n'a été montré. Un client nous a prévenus à 09:20 CET.
[À TRADUIRE] We switched the order history off at 09:31 CET. It stays off until the fix is tested. => Nous avons désactivé l'historique de commandes à 09:31 CET. Il reste désactivé jusqu'à ce que le correctif soit testé.
[À TRADUIRE] Our security team is investigating with the app's developers. => Notre équipe de sécurité mène l'analyse avec les développeurs de l'application.
[À TRADUIRE] We are reporting the incident to the data protection authority today. => Nous signalons l'incident à la CNIL aujourd'hui.
[À TRADUIRE] We will write to each of the 312 customers concerned by 21 November. => Nous écrirons à chacun des 312 clients concernés d'ici le 21 novembre.
[À TRADUIRE] You do not need to change your password. Be wary of messages about an order you did not place. => Vous n'avez pas besoin de changer votre mot de passe. Méfiez-vous des messages au sujet d'une commande que vous n'avez pas passée.
[À TRADUIRE] "We showed our customers' orders to other people, and that is our failure. I apologise to each of them." => « Nous avons montré les commandes de nos clients à d'autres personnes, et c'est notre faute. Je présente mes excuses à chacun d'eux. »
[À TRADUIRE] The fix is live and tested. The order history is back and shows each customer their own orders only. => Le correctif est en place et testé. L'historique de commandes est rétabli et ne montre à chaque client que ses propres commandes.
[À TRADUIRE] The cause is a caching error in this morning's app update. The order history stays off while we fix it. => La cause est une erreur de cache dans la mise à jour de l'application de ce matin. L'historique de commandes reste désactivé pendant la correction.
[À TRADUIRE] We have found a security incident and we are investigating. Next update by 10:40 CET. => Nous avons découvert un incident de sécurité et nous l'analysons. Prochain point d'ici 10 h 40 CET.
EOF
expect 0 check

at 12:00
# The summaries still say "we are investigating": resolve warns, in each language.
expect 0 resolve order-history -m "The order history works normally again. We have written to the 312 customers concerned."
# No --at: the French resolution takes the time of the English one.
expect 0 resolve order-history --lang fr \
  -m "L'historique de commandes fonctionne de nouveau normalement. Nous avons écrit aux 312 clients concernés."
# (resolve took the summaries' promise of a next update out, the clause after "and" / « et »)
edit "$en" <<'EOF'
We are sorry. We are investigating. => We are sorry. It was fixed at 11:00 CET, and we have written to each customer concerned.
EOF
edit "$fr" <<'EOF'
Nous en sommes désolés. Nous menons l'analyse. => Nous en sommes désolés. Le problème est corrigé depuis 11:00 CET et nous avons écrit à chaque client concerné.
EOF
expect 0 check

at 12:05
# An update would reopen the resolved statement: refused without --reopen.
expect 1 update order-history --status investigating -m "Some customers still see other orders."

at 12:10
expect 0 build
grep -q "Northwind Bank" site/index.html
grep -q "Mobile app showed other customers" "site/statements/$slug/index.html"
grep -q "Application mobile" "site/fr/statements/$slug/index.html"
echo "site/ has the organisation's name, the statement page and its French page."
expect 0 render "$slug" --channel x
expect 0 list
echo
echo "Journey complete."
