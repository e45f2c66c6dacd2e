import io
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from directory.models import PostcodeDistrict

pytestmark = pytest.mark.django_db


def run(tmp_path, text, name="districts.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = io.StringIO()
    call_command("import_postcode_districts", str(path), stdout=out)
    return out.getvalue()


def positions():
    return {d.outcode: (d.latitude, d.longitude) for d in PostcodeDistrict.objects.all()}


def test_simple_csv_is_loaded_and_reloading_updates(tmp_path):
    text = "outcode,latitude,longitude\nCV1,52.408,-1.510\ncv2,52.414,-1.480\n"
    assert "Created 2 and updated 0" in run(tmp_path, text)
    assert positions() == {
        "CV1": (Decimal("52.408000"), Decimal("-1.510000")),
        "CV2": (Decimal("52.414000"), Decimal("-1.480000")),
    }
    assert "Created 0 and updated 2" in run(tmp_path, text.replace("52.408", "52.5"))
    assert PostcodeDistrict.objects.count() == 2
    assert PostcodeDistrict.objects.get(outcode="CV1").latitude == Decimal("52.5")


def test_onspd_is_averaged_per_district_skipping_terminated_and_unplaced_postcodes(tmp_path):
    text = (
        "pcd,pcds,doterm,lat,long,oslaua\n"
        "CV1 1AA,CV1 1AA,,52.400000,-1.500000,E08000026\n"
        "CV1 1AB,CV1 1AB,,52.410000,-1.520000,E08000026\n"
        "CV1 9ZZ,CV1 9ZZ,201001,60.000000,1.000000,E08000026\n"
        "CV1 9ZY,CV1 9ZY,,99.999999,0.000000,E08000026\n"
        "CV2 1AA,CV2 1AA,,,,E08000026\n"
        "SW1A1AA,SW1A 1AA,,51.501009,-0.141588,E09000033\n"
    )
    assert "Created 2 and updated 0" in run(tmp_path, text)
    assert positions() == {
        "CV1": (Decimal("52.405000"), Decimal("-1.510000")),
        "SW1A": (Decimal("51.501009"), Decimal("-0.141588")),
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        ("postcode,x,y\nCV1,1,2\n", "expected the columns outcode, latitude, longitude"),
        ("outcode,latitude,longitude\nCV1,152,1\nNOT A CODE,52,1\n", "Row 2: Latitude must be between -90 and 90."),
        ("outcode,latitude,longitude\nCV1,north,1\n", "Row 2: “north, 1” is not a latitude and longitude"),
        ("outcode,latitude,longitude\n", "has no postcode districts"),
        (
            "pcds,lat,long\nCV1 1AA,52.4,-1.5\nCV1 1AB,north,-1.5\n",
            "Row 3: “north, -1.5” is not a latitude and longitude",
        ),
    ],
)
def test_bad_files_give_clear_errors_and_load_nothing(tmp_path, text, expected):
    with pytest.raises(CommandError) as caught:
        run(tmp_path, text)
    assert expected in str(caught.value)
    assert not PostcodeDistrict.objects.exists()


def test_second_bad_row_is_named_too(tmp_path):
    with pytest.raises(CommandError) as caught:
        run(tmp_path, "outcode,latitude,longitude\nCV1,52,1\nNOT A CODE,52,1\n")
    assert "Row 3: “NOT A CODE” is not a postcode district" in str(caught.value)
    assert not PostcodeDistrict.objects.exists()
