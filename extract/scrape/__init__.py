"""Following government sites politely: HTTP fetching (robots.txt, rate limit, retries, size cap,
conditional requests), list pages read by site profiles kept as data, and resumable crawls
whose pages and records go into the local store (extract.store).
"""
