# syntax=docker/dockerfile:1
#
# Staybook on Open Liberty. Build: docker build -t staybook .   Run: see docker-compose.yml.
# Configuration is the environment (README, "Configuration"); nothing secret is baked into the image.

# --- build: the WAR and the server directory of the operators' archive (-Pdistribution): server.xml,
#     jvm.options, lib/hibernate and lib/jdbc (Hibernate ORM and the PostgreSQL driver), apps/staybook.war
# Image tags are pinned: the build image to the Maven of the wrapper (.mvn/wrapper), the runtime to the Open Liberty
# release of the pom (openliberty.version); DeploymentFilesTest (modules/architecture-tests) keeps them in step.
FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
COPY .mvn .mvn
COPY pom.xml .
COPY config config
COPY src-distribution src-distribution
COPY modules modules
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -Pdistribution -DskipTests install

# --- runtime: the Open Liberty kernel plus exactly the features config/server.xml lists
FROM icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi
ARG SERVER_DIR=/src/modules/app/target/liberty/wlp/usr/servers/staybook

# /config is the image's server directory (wlp/usr/servers/defaultServer); server.xml finds its libraries
# at ${server.config.dir}/lib and the application at apps/staybook.war.
COPY --chown=1001:0 config/server.xml config/jvm.options /config/
# downloads the listed features (and nothing else) into the image
RUN features.sh

COPY --chown=1001:0 --from=build ${SERVER_DIR}/lib/ /config/lib/
COPY --chown=1001:0 --from=build ${SERVER_DIR}/apps/staybook.war /config/apps/staybook.war
# Liberty's recommended image tuning: shared class cache (starts the server once; without a database the
# application starts anyway and only retries its migrations), default keystore configuration
RUN configure.sh

# Logs: JSON lines on the console (messages, the HTTP access log and FFDC summaries), for the container platform's
# log collector; STAYBOOK_LOG_FORMAT=SIMPLE switches back to plain text
ENV STAYBOOK_LOG_FORMAT=JSON

# glibc's malloc keeps up to 8 arenas per core, each holding memory the JIT and the libraries freed: two are enough
# for a two-core server and kept about 50 MiB less resident (modules/benchmarks/results/startup-and-memory.md)
ENV MALLOC_ARENA_MAX=2

# Uploaded photos (STAYBOOK_PHOTO_DIR): a directory of their own, for a volume (docker-compose.yml mounts one); the
# server only writes there, so the image's files stay read-only for it
ENV STAYBOOK_PHOTO_DIR=/photos
USER root
RUN mkdir -p /photos && chown 1001:0 /photos && chmod 770 /photos

# the base image already runs as this non-root user (group 0 for OpenShift's random ids); stated so that
# nobody removes it by accident
USER 1001
EXPOSE 9080 9443

# Readiness includes the database (schemas migrated and answering): the container is "healthy" only when it
# can serve. Orchestrators should restart on /health/live and route on /health/ready. Bash's /dev/tcp keeps the
# check independent of curl or wget being in the base image.
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/9080 && printf 'GET /health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
