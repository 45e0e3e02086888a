# The two entry points a fresh clone needs: `make generate` and `make test`.
.PHONY: generate test check validate lint bench clean

# npm ci runs again only when the lock file changes.
node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund

generate: node_modules/.package-lock.json
	npm run generate

validate: node_modules/.package-lock.json
	npm run validate

check: node_modules/.package-lock.json
	npm run check

lint: node_modules/.package-lock.json
	npm run lint

# The page tests drive the machine's Chromium: found (CHROME_PATH, then chromium, chromium-browser,
# google-chrome on PATH) or, as root on Debian, installed with apt-get; else one line on what to install.
test: node_modules/.package-lock.json
	node scripts/find-browser.mjs --install
	npm run typecheck
	npm run lint
	npm run check
	npm test

bench: node_modules/.package-lock.json
	npm run bench

clean:
	rm -rf node_modules generated/dist generated/node_modules
