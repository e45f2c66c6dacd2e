"""Demo content: a fictional partnership's site, for `make run`, screenshots
and the browser tests. Nothing in the product imports this app, and a
deployment can leave it out (DEMO_CONTENT=false)."""
