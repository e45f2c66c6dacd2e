# syntax=docker/dockerfile:1
# Build: docker build -t waymark .
# Run:   docker run -e SECRET_KEY=... -e ALLOWED_HOSTS=help.example.org \
#          -e DATABASE_URL=postgres://... -e FORWARDED_ALLOW_IPS=<proxy address> \
#          -p 8000:8000 waymark
# Only a buffering TLS proxy may reach it (README, Deployment).
# A real partnership's image leaves the fictional demo out:
#   docker build --build-arg DEMO_CONTENT=false -t waymark .

FROM python:3.11-slim-bookworm AS build
ARG DEMO_CONTENT=true
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH=/opt/venv/bin:$PATH
WORKDIR /app
RUN python -m venv /opt/venv
COPY requirements/ requirements/
RUN pip install -r requirements/base.txt
COPY . .
RUN pip install --no-deps -e . \
    && python manage.py compile_translations \
    && SECRET_KEY="$(python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
       ALLOWED_HOSTS=build DJANGO_SETTINGS_MODULE=waymark.settings.production \
       python manage.py collectstatic --noinput --verbosity 0 \
    && if [ "$DEMO_CONTENT" = "false" ]; then rm -r demo; fi

FROM python:3.11-slim-bookworm
ARG DEMO_CONTENT=true
ENV DEMO_CONTENT=$DEMO_CONTENT \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH=/opt/venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=waymark.settings.production \
    PORT=8000
RUN groupadd --system --gid 10001 waymark \
    && useradd --system --uid 10001 --gid waymark --home-dir /app --no-create-home waymark
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --from=build --chown=waymark:waymark /app /app
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=4)"]
CMD ["gunicorn", "--config", "python:waymark.gunicorn_conf", "waymark.wsgi"]
