# Builds the production jar (Vaadin production bundle) and runs it on a JRE. Used by docker-compose.yml.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY pom.xml .
COPY src src
COPY frontend frontend
RUN mvn -B -ntp -Pproduction -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --home /app tafelwerk
WORKDIR /app
COPY --from=build /build/target/tafelwerk-*.jar /app/tafelwerk.jar
USER tafelwerk
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=mariadb
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/tafelwerk.jar"]
