package dev.staybook.arquillian;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers the adapter with Arquillian (found through META-INF/services). */
public class LibertyRemoteExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.service(DeployableContainer.class, LibertyRemoteContainer.class);
    }
}
