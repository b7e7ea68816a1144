package kr.sinmun.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and reporters. Passwords are only ever stored as bcrypt hashes, and checked only through the
 * {@link LoginThrottle}.
 */
@Service
public class People {

	private final UserRepository users;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	People(UserRepository users, PasswordEncoder passwords, LoginThrottle throttle, ApplicationEventPublisher events) {
		this.users = users;
		this.passwords = passwords;
		this.throttle = throttle;
		this.events = events;
	}

	@Transactional
	public Reporter create(NewUser user) {
		long id = users.insert(user, passwords.encode(user.rawPassword()));
		return users.reporter(id).orElseThrow();
	}

	public boolean isEmpty() {
		return users.count() == 0;
	}

	public Optional<Reporter> reporter(long id) {
		return users.reporter(id);
	}

	/** The public profile behind a byline. */
	public Optional<ReporterProfile> profile(long id) {
		return users.profile(id);
	}

	/** Looks a reporter up by the name printed in bylines, as wire copy and automation name them. */
	public Optional<Reporter> reporterNamed(String displayName) {
		return users.reporterByName(displayName);
	}

	/** Reporters by id in one query, for lists that show many bylines. */
	public Map<Long, Reporter> reporters(Collection<Long> ids) {
		List<Reporter> found = users.reporters(ids);
		return found.stream().collect(Collectors.toUnmodifiableMap(Reporter::id, Function.identity()));
	}

	/** The id of the account with this user name. */
	public Optional<Long> userId(String username) {
		return users.credentials(username).map(UserRepository.Credentials::id);
	}

	/** Every account, administrators first. */
	public List<Account> accounts() {
		return users.accounts();
	}

	public Optional<Account> account(long id) {
		return users.account(id);
	}

	@Transactional
	public void update(long id, AccountChange change) {
		users.update(id, change);
	}

	/**
	 * Changes one's own password; {@code false} if the current password was wrong, or if too many wrong ones
	 * came from {@code clientAddress} (the check of the current password is a login attempt like any other).
	 * Announces {@link PasswordChanged}, so the user's API tokens and other sessions end.
	 */
	@Transactional
	public boolean changePassword(long id, String currentPassword, String newPassword, String clientAddress) {
		UserRepository.Credentials credentials = users.credentials(id).orElse(null);
		if (credentials == null || !throttle.reserve(credentials.username(), clientAddress)
				|| !passwords.matches(currentPassword, credentials.passwordHash())) {
			return false;
		}
		throttle.succeeded(credentials.username(), clientAddress);
		users.updatePassword(id, passwords.encode(newPassword));
		events.publishEvent(new PasswordChanged(id, credentials.username(), true));
		return true;
	}

	/**
	 * Sets a new password for someone who lost theirs, and lifts any login limit on the account. Announces
	 * {@link PasswordChanged}: every API token and newsroom session of the account ends.
	 */
	@Transactional
	public void resetPassword(long id, String newPassword) {
		UserRepository.Credentials credentials = users.credentials(id).orElseThrow();
		users.updatePassword(id, passwords.encode(newPassword));
		throttle.forgive(credentials.username());
		events.publishEvent(new PasswordChanged(id, credentials.username(), false));
	}

	/** The section this person's new articles start in, as they chose it on their account page. */
	public Optional<Integer> defaultSection(long id) {
		return users.defaultSection(id);
	}

	/** Chooses the section new articles start in; {@code null} leaves it to the newsroom's guess. */
	@Transactional
	public void setDefaultSection(long id, Integer sectionId) {
		users.updateDefaultSection(id, sectionId);
	}

	/** Sets the portrait shown on the reporter's public page. */
	@Transactional
	public void setPhoto(long id, String url, int width, int height) {
		users.updatePhoto(id, url, width, height);
		events.publishEvent(new ReporterProfileChanged(id));
	}

	/** Whether a user name is taken. */
	public boolean exists(String username) {
		return users.credentials(username).isPresent();
	}

}
