# The Argmap web app: `docker build -t argmap . && docker run -p 8000:8000 argmap`
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# The wheel carries templates/, static/ and seeds/ inside app/ (see pyproject.toml), so the
# installed package needs nothing from the build context at run time.
WORKDIR /src
COPY pyproject.toml README.md ./
COPY app ./app
COPY templates ./templates
COPY static ./static
COPY seeds ./seeds
RUN pip install --no-cache-dir . \
    && rm -rf /src

RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin argmap
USER argmap
# A writable working directory, for anything the app keeps on disk (such as a SQLite file).
WORKDIR /home/argmap

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/', timeout=4)"]
CMD ["argmap", "serve", "--host", "0.0.0.0", "--port", "8000"]
