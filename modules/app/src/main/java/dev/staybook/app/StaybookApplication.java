package dev.staybook.app;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Every module's resources under /api/v1, authenticated by MicroProfile JWT bearer tokens. */
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "staybook")
@DeclareRoles({"GUEST", "HOST", "ADMIN"})
@OpenAPIDefinition(info = @Info(title = "Staybook API", version = "1",
        description = "Book places to stay. Errors are RFC 9457 application/problem+json documents.",
        license = @License(name = "Proprietary", url = "https://staybook.dev/terms")))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class StaybookApplication extends Application {
}
