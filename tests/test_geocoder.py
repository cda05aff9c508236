"""`OfflineGeocoder`: geopy's interface over the tiny table, never the network."""

import pytest
from geopy.location import Location
from geopy.point import Point

from gazetteer.errors import GeoError
from gazetteer.geocoder import OfflineGeocoder


@pytest.fixture
def geocoder(tiny_gazetteer):
    return OfflineGeocoder(tiny_gazetteer)


def test_geocode_returns_a_location(geocoder):
    loc = geocoder.geocode("Mosul", timeout=3)
    assert isinstance(loc, Location)
    assert loc.point == Point(36.335, 43.119) and (loc.latitude, loc.longitude) == (36.335, 43.119)
    assert loc.address == "Mosul, Iraq"
    assert loc.raw["place_id"] == "geonames:99072" and loc.raw["kind"] == "city"


def test_geocode_best_by_population_and_exactly_one_false_gives_a_list(geocoder):
    assert geocoder.geocode("Paris").raw["place_id"] == "geonames:2988507"
    locs = geocoder.geocode("Paris", exactly_one=False)
    assert [type(x) for x in locs] == [Location, Location]
    assert [x.raw["place_id"] for x in locs] == ["geonames:2988507", "geonames:4717560"]
    assert geocoder.geocode("Paris", exactly_one=False, limit=1)[0].raw["country"] == "FR"


@pytest.mark.parametrize("query, place_id", [
    ("Alexandria, Louisiana", "geonames:4314550"), ("Alexandria", "geonames:361058"),
    ("Paris, Texas", "geonames:4717560"), ("Paris, United States", "geonames:4717560"), ("Paris, FR", "geonames:2988507"),
    ("Baghouz, Syria", "supplement:baghouz:sy"), ("Deir al-Zour", "geonames:170794"),
])
def test_container_queries(geocoder, query, place_id):
    assert geocoder.geocode(query).raw["place_id"] == place_id


def test_misses_are_none_or_empty(geocoder):
    assert geocoder.geocode("Atlantis") is None
    assert geocoder.geocode("Paris, Iraq") is None
    assert geocoder.geocode("Atlantis", exactly_one=False) == []
    assert geocoder.geocode("Syrian") is None  # a demonym is not a place name


def test_user_entries_come_first(geocoder, tiny_gazetteer):
    tiny_gazetteer.add("Paris", 38.2098, -84.253, country="US", admin1="Kentucky", kind="town")
    loc = geocoder.geocode("Paris")
    assert loc.point == Point(38.2098, -84.253) and loc.raw["user"] is True
    assert geocoder.geocode("Paris, FR").raw["place_id"] == "geonames:2988507"


def test_reverse_nearest(geocoder):
    loc = geocoder.reverse((34.46, 40.95))
    assert isinstance(loc, Location) and loc.raw["place_id"] == "supplement:baghouz:sy"
    assert loc.raw["distance_km"] < 1
    near = geocoder.reverse("34.46, 40.95", exactly_one=False, limit=3)
    assert [x.raw["place_id"] for x in near] == ["supplement:baghouz:sy", "geonames:173055", "admin:SY-DY"]
    assert near[0].raw["distance_km"] <= near[1].raw["distance_km"] <= near[2].raw["distance_km"]


def test_reverse_widens_and_filters_by_kind(geocoder):
    assert geocoder.reverse((-60.0, -150.0)) is not None  # nothing near: the box widens to the whole globe
    assert geocoder.reverse((34.46, 40.95), kinds=("city",)).raw["place_id"] == "geonames:170794"


def test_reverse_across_the_antimeridian(geocoder, tiny_gazetteer):
    tiny_gazetteer.add("Taveuni", -16.85, 179.95, country="FJ", kind="island")
    assert geocoder.reverse((-16.8, -179.99)).raw["name"] == "Taveuni"


def test_no_network(geocoder):
    with pytest.raises(GeoError, match="never uses the network"):
        geocoder._call_geocoder("https://example.com/search", lambda x: x)


def test_opens_from_home(tiny_gazetteer):
    tiny_gazetteer.db  # opened, so .home is set
    g = OfflineGeocoder(home=tiny_gazetteer.home)
    assert g.geocode("Raqqa").raw["place_id"] == "geonames:163915"
    g.gazetteer.close()
