package com.propcare.query.webhook;

import com.propcare.query.support.Unprocessable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where events may be sent: only to hosts an administrator allowed ({@code host} or {@code *.domain}), over http
 * or https, and never to the loopback, private, link-local or other internal ranges unless that is configured, so
 * that a subscription cannot be turned against the network the service runs in. The address is checked when the
 * subscription is made and again before each delivery (a name may come to point elsewhere).
 */
@Component
class WebhookTargets {

    static final String HOST_NOT_ALLOWED = "WEBHOOK_HOST_NOT_ALLOWED";
    static final String TARGET_PRIVATE = "WEBHOOK_TARGET_PRIVATE";
    static final String TARGET_INVALID = "WEBHOOK_TARGET_INVALID";
    static final String TARGET_UNRESOLVABLE = "WEBHOOK_TARGET_UNRESOLVABLE";

    private final List<String> allowedHosts;
    private final boolean allowPrivateNetworks;

    WebhookTargets(@Value("${propcare.webhooks.allowed-hosts:}") List<String> allowedHosts,
                   @Value("${propcare.webhooks.allow-private-networks:false}") boolean allowPrivateNetworks) {
        this.allowedHosts = allowedHosts.stream().map(String::trim).filter(host -> !host.isEmpty())
                                        .map(host -> host.toLowerCase(Locale.ROOT)).toList();
        this.allowPrivateNetworks = allowPrivateNetworks;
    }

    /** The target, if events may be sent there; a refusal naming the field {@code url} otherwise. */
    URI check(String url) {
        URI target = parse(url);
        String host = target.getHost().toLowerCase(Locale.ROOT);
        if (allowedHosts.stream().noneMatch(allowed -> matches(allowed, host))) {
            throw new Unprocessable(HOST_NOT_ALLOWED, "url", "The host " + host + " is not on the allow-list "
                    + "(propcare.webhooks.allowed-hosts)");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new Unprocessable(TARGET_UNRESOLVABLE, "url", "The host " + host + " cannot be resolved");
        }
        if (!allowPrivateNetworks && Arrays.stream(addresses).anyMatch(WebhookTargets::internal)) {
            throw new Unprocessable(TARGET_PRIVATE, "url", "The host " + host + " is a loopback, private or other "
                    + "internal address (propcare.webhooks.allow-private-networks)");
        }
        return target;
    }

    private static URI parse(String url) {
        try {
            URI target = new URI(url == null ? "" : url.trim());
            String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || target.getHost() == null
                    || target.getRawUserInfo() != null || target.getRawFragment() != null) {
                throw new Unprocessable(TARGET_INVALID, "url",
                                        "An http or https URL with a host, without user information or fragment");
            }
            return target;
        } catch (URISyntaxException e) {
            throw new Unprocessable(TARGET_INVALID, "url", "Not a URL: " + e.getMessage());
        }
    }

    private static boolean matches(String allowed, String host) {
        return allowed.startsWith("*.") ? host.endsWith(allowed.substring(1)) : allowed.equals(host);
    }

    /** Loopback, any-local, site-local (10/8, 172.16/12, 192.168/16), link-local, multicast, CGNAT, IPv6 ULA. */
    static boolean internal(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean sharedAddressSpace = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isSiteLocalAddress()
                || address.isLinkLocalAddress() || address.isMulticastAddress() || sharedAddressSpace || uniqueLocal;
    }
}
