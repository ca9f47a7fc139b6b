package org.agora.account;

import io.netty.util.NetUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.agora.AgoraConfig;
import org.agora.language.Text;
import org.jboss.logging.Logger;

/**
 * Counts failed password sign-ins in the database, per account name, per client address and per
 * trusted browser, so that every app instance refuses the same guesser ({@link SignInPolicy}). Each
 * method is one short transaction of its own: the password is checked between them, outside any.
 */
@ApplicationScoped
@Startup // nonsense agora.sign-in.* settings stop the start, not the first sign-in
public class SignInThrottle {

    /** The attribute of a refused sign-in's AuthenticationFailedException: the Duration to wait. */
    public static final String RETRY_AFTER = "org.agora.sign-in.retry-after";

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class);
    private static final String ADDRESS = "address:";

    /**
     * One attempt. {@code guard}: the subject of the account name, or of the trusted browser (null
     * for a name no account can have); {@code address}: the client's, null for a trusted browser.
     * {@code counted}: already in the guard's streak. {@code retryAfter}: refused for that long, or null.
     */
    public record Admission(String guard, String address, boolean counted, Duration retryAfter) {
        public boolean refused() {
            return retryAfter != null;
        }
    }

    private final SignInPolicy accounts;
    private final SignInPolicy addresses;

    SignInThrottle(AgoraConfig config) {
        AgoraConfig.SignIn c = config.signIn();
        accounts = new SignInPolicy(c.accountLimit(), c.window(), c.firstDelay(), c.maxDelay(), true);
        addresses = new SignInPolicy(c.addressLimit(), c.window(), c.firstDelay(), c.maxDelay(), false);
    }

    /** An account name as it signs in (so names without an account are throttled alike), or null. */
    public static String account(String username) {
        String name = Account.canonical(username);
        return name == null || name.isEmpty() || name.length() > 64 ? null : "account:" + name;
    }

    static String device(String id) {
        return "device:" + id;
    }

    /** A client address; an IPv6 client by its /64, which one subscriber can number at will. */
    public static String address(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String key = host.length() > 100 ? host.substring(0, 100) : host;
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(host); // a literal only: never a lookup
        if (bytes != null) {
            try {
                InetAddress ip = InetAddress.getByAddress(bytes); // an IPv4-mapped address becomes IPv4
                if (ip instanceof Inet6Address) {
                    Arrays.fill(bytes, 8, 16, (byte) 0);
                    key = InetAddress.getByAddress(bytes).getHostAddress() + "/64";
                } else {
                    key = ip.getHostAddress();
                }
            } catch (UnknownHostException e) {
                // not 4 or 16 bytes: keep the text
            }
        }
        return ADDRESS + key;
    }

    /**
     * Refuses the attempt while its guard or its address is refused, else admits it. A guard with a
     * live streak counts the attempt as a failure at once, before the password is checked, so that
     * guesses sent in parallel cannot outrun the count (a success takes it back). A guard without
     * failures is not counted ahead, so that a script's parallel requests with the right password
     * are never refused; the first burst of guesses at it can pass the limit by those in flight.
     */
    public Admission admit(String guard, String address) {
        Instant now = Instant.now();
        return QuarkusTransaction.requiringNew().call(() -> {
            Duration wait = null;
            SignInStreak guarded = null;
            for (String subject : subjects(guard, address)) {
                SignInStreak row = SignInStreak.findById(subject, LockModeType.PESSIMISTIC_WRITE);
                if (row != null) {
                    Duration w = policy(subject).refusal(row.streak(), now).orElse(null);
                    wait = w != null && (wait == null || w.compareTo(wait) > 0) ? w : wait;
                    guarded = subject.equals(guard) ? row : guarded;
                }
            }
            if (wait != null) {
                return new Admission(guard, address, false, wait);
            }
            boolean counted = guarded != null && policy(guard).live(guarded.streak(), now);
            if (counted) {
                guarded.set(policy(guard).failed(guarded.streak(), now), policy(guard));
            }
            return new Admission(guard, address, counted, null);
        });
    }

    /** A wrong password, or a name without an account: one more failure for the guard and the address. */
    public void failed(Admission a) {
        List<String> subjects = subjects(a.counted() ? null : a.guard(), a.address());
        Instant now = Instant.now();
        try {
            record(subjects, now);
        } catch (PersistenceException e) {
            record(subjects, now); // another instance stored the same subject's first failure just now
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> SignInStreak.delete("expiresAt < ?1", now));
        } catch (RuntimeException e) {
            LOG.warnf("Deleting sign-in streaks that are over failed (%s); the next failure tries again", e);
        }
    }

    /**
     * The right password ends the streak of the guard it was checked against. The address keeps its
     * count: any join code gives a guesser an account of their own to succeed with in between.
     */
    public void succeeded(Admission a) {
        if (a.guard() != null) {
            forget(a.guard());
        }
    }

    /** Ends a subject's streak, such as an account's whose password an instructor has just reset. */
    public void forget(String subject) {
        QuarkusTransaction.joiningExisting().run(() -> SignInStreak.deleteById(subject));
    }

    private void record(List<String> subjects, Instant now) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String subject : subjects) {
                SignInPolicy policy = policy(subject);
                SignInStreak row = SignInStreak.findById(subject, LockModeType.PESSIMISTIC_WRITE);
                if (row == null) {
                    row = new SignInStreak();
                    row.subject = subject;
                    row.set(policy.failed(null, now), policy);
                    row.persist();
                } else {
                    row.set(policy.failed(row.streak(), now), policy);
                }
            }
            SignInStreak.getEntityManager().flush(); // a clashing first failure fails here, to be retried
        });
    }

    private SignInPolicy policy(String subject) {
        return subject.startsWith(ADDRESS) ? addresses : accounts;
    }

    /** In one order everywhere, so that two transactions never wait for each other's rows. */
    private static List<String> subjects(String... subjects) {
        return Stream.of(subjects).filter(Objects::nonNull).sorted().toList();
    }

    /** A wait in whole seconds (Retry-After), rounded up: never a moment too soon. */
    public static long seconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    /** A wait in whole minutes, rounded up. */
    public static long minutes(Duration wait) {
        return (seconds(wait) + 59) / 60;
    }

    /** What a throttled client is told (the same whether or not the account exists). */
    public static Text message(long minutes) {
        return (t, locale) -> t.problem_throttled(minutes);
    }
}
