"""The directory search, apart from rendering so it can be benchmarked.

`parameters.parse` turns a form (POST body, or the GET of a shared link)
into a `Params`, naming anything it ignored. `results.run` finds the
services:

1. free text through Wagtail search (database backend or Elasticsearch),
   after the synonym layer, as a list of ids (`text`);
2. filters through the ORM, AND-combined, on those ids (`filters`);
3. a location: a bounding box on the indexed latitude and longitude of
   public locations (and of the postcode districts a service covers), then
   exact haversine distances in Python (`geometry`);
4. one raw read of every result (`rows`), ranked and sorted in Python
   (`ranking`);
5. counts for every filter option over the results: the options tested on
   those rows, the taxonomy terms in one grouped query, whatever the number
   of results (`counts`).

National services form their own group and are never sorted by distance.
Confidential locations are never read here: a refuge is placed by the
postcode districts it serves.
"""
