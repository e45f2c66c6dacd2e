import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "waymark.settings.production")

application = get_wsgi_application()

# What is loaded at start-up lives as long as the process: keep it out of
# the garbage collector's full passes, which a directory search (thousands
# of result rows) can set off on every request. See README, Performance.
gc.freeze()
