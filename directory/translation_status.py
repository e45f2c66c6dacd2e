"""How the directory's records group in the Translation status report."""

from .models import Location, Service, ServiceAtLocation


def place_parents():
    """A place used by one service belongs with that service in the
    Translation status report, where a place of the same name per service
    would otherwise make rows an editor cannot tell apart. A place shared by
    several services keeps its own row, named with them. Returns (parents for
    translations.status.grouped, {place id: the services' names})."""
    services = {}
    for location_id, service_id, name in ServiceAtLocation.objects.order_by("service__name").values_list(
        "location_id", "service_id", "service__name"
    ):
        services.setdefault(location_id, []).append((service_id, name))
    parents = {
        (Location, location_id): (Service, used[0][0]) for location_id, used in services.items() if len(used) == 1
    }
    used_by = {location_id: ", ".join(name for _id, name in used) for location_id, used in services.items()}
    return parents, used_by
