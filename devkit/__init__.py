"""What tests/ and benchmarks/ share, so that neither imports the other: the paths of the checkout
and the corpus, a local web site serving notices (site.py, pages.py), the score floors of the
gold documents (floors.py) and the boilerplate gold with its scoring (boilerplate/)."""
