package dvk.users;

import jakarta.inject.Singleton;
import org.mindrot.jbcrypt.BCrypt;

@Singleton
public class PasswordHasher {

    private static final int COST = 10;
    /** Checked against when the user does not exist, so that timing does not tell whether a username exists. */
    private static final String DUMMY_HASH = BCrypt.hashpw("dvk-dummy", BCrypt.gensalt(COST));

    public String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(COST));
    }

    public boolean matches(String password, String hash) {
        return BCrypt.checkpw(password, hash);
    }

    public void burnTimeOfOneCheck(String password) {
        BCrypt.checkpw(password, DUMMY_HASH);
    }
}
