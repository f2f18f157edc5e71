package dev.cookielab.cookie;

import com.google.common.net.InternetDomainName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a host's cookies can live: the host and its parents up to the registrable domain, the highest a
 * {@code Domain} attribute may name (RFC 6265bis §5.6.3 step 5). The Public Suffix List is Guava's, kept up to date
 * with it; a name under no suffix the list knows ({@code lab.localhost}) takes its last label as the suffix, as the
 * list's own default rule {@code *} says.
 */
public final class Registrable {

    private Registrable() {
    }

    /** From the host up to its registrable domain, lower case; empty for an IP address, a single label or a suffix. */
    public static List<String> domainsUpTo(String host) {
        String lower = host == null ? "" : host.toLowerCase(Locale.ROOT);
        if (FieldRules.isIpv4(lower) || lower.indexOf('.') <= 0 || lower.endsWith(".")
                || !InternetDomainName.isValid(lower)) {
            return List.of();
        }
        InternetDomainName name = InternetDomainName.from(lower);
        if (name.isPublicSuffix()) {
            return List.of();
        }
        int labels = name.isUnderPublicSuffix() ? name.topPrivateDomain().parts().size() : 2;
        List<String> domains = new ArrayList<>();
        for (InternetDomainName at = name; at.parts().size() >= labels; at = at.parent()) {
            domains.add(at.toString());
            if (at.parts().size() == labels) {
                break;
            }
        }
        return List.copyOf(domains);
    }

    /** Whether browsers refuse a Domain attribute naming it for any other host: a public suffix (co.uk, github.io). */
    public static boolean isPublicSuffix(String domain) {
        return InternetDomainName.isValid(domain) && InternetDomainName.from(domain).isPublicSuffix();
    }

    /** The registrable domain of a host, or {@code null} where {@link #domainsUpTo} is empty. */
    public static String of(String host) {
        List<String> domains = domainsUpTo(host);
        return domains.isEmpty() ? null : domains.get(domains.size() - 1);
    }
}
