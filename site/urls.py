from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from waymark import views

urlpatterns = [
    path(settings.WAGTAIL_ADMIN_PATH, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("exit/clear", views.exit_clear, name="exit-clear"),
    # Open data for other systems: not language-prefixed, read-only.
    path("api/openreferral/v3/", include("directory.api.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages carry their language in the URL; English has no prefix.
urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path("directory/", include("directory.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

# The API answers its own errors in JSON (directory/api/middleware.py).
handler404 = views.page_not_found
handler500 = views.server_error
