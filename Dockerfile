# syntax=docker/dockerfile:1
#
# Staybook on Open Liberty. Build: docker build -t staybook .   Run: see docker-compose.yml.

# --- build: compile the WAR and assemble the Liberty server directory (config, WAR, Hibernate, JDBC driver)
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY .mvn .mvn
COPY pom.xml .
COPY config config
COPY modules modules
RUN mvn -B -DskipTests install \
 && mvn -B -DskipTests -pl modules/app liberty:create liberty:deploy

# --- runtime: the Open Liberty kernel plus exactly the features config/server.xml lists
FROM icr.io/appcafe/open-liberty:kernel-slim-java17-openj9-ubi
ARG SERVER_DIR=/src/modules/app/target/liberty/wlp/usr/servers/staybook

COPY --chown=1001:0 config/server.xml config/jvm.options /config/
# downloads the listed features (and nothing else) into the image
RUN features.sh

COPY --chown=1001:0 --from=build ${SERVER_DIR}/lib /config/lib
COPY --chown=1001:0 --from=build ${SERVER_DIR}/apps/staybook.war /config/apps/staybook.war
# Liberty's recommended image tuning (shared class cache, no open ports at build time)
RUN configure.sh

# the base image already runs as this non-root user; stated so nobody removes it by accident
USER 1001
EXPOSE 9080 9443

# Readiness includes the database; an orchestrator should use /health/live for restarts.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS http://localhost:9080/health/ready || exit 1
