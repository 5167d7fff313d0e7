/*
 * Known messages: what real servers and providers say, with the likely
 * cause and what to do. A reply is matched on its text by plain,
 * case-insensitive substring search, optionally narrowed by the basic
 * and enhanced code; no regular expressions, so the work is bounded by
 * NOTES_TEXT_MAX times the size of this table. The first matching entry
 * wins (unless core/notes.c sets it aside on the session's or the text's
 * evidence, and takes the next), so entries for one provider's exact
 * wording come before the generic patterns ("relay access denied",
 * "greylist") that would also match. Every entry carries an example reply, taken from public
 * documentation and bounce messages (addresses replaced by documentation
 * ones), which the unit test feeds back to check that the entry is
 * reachable and not shadowed by an earlier one.
 */
#include <stddef.h>
#include <string.h>

#include "notes_tables.h"
#include "reply.h"

/* Marks the human texts (who, cause, todo) for xgettext; the front end
 * translates them. */
#define N_(s)	(s)

#define RELAY		NOTES_K_RELAY
#define NEEDTLS		NOTES_K_NEEDTLS
#define NEEDAUTH	NOTES_K_NEEDAUTH
#define AUTHFAIL	NOTES_K_AUTHFAIL
#define NOAUTH		NOTES_K_NOAUTH
#define ACCESS		NOTES_K_ACCESS
#define SESSION		NOTES_K_SESSION
#define BROAD		NOTES_K_BROAD

const struct notes_known notes_knowns[] = {
	/* Mimecast quotes other servers' words; its link names it. */
	{ "mimecast-greylist", "greylisting", 1,
	    "Mimecast", 0, "",
	    "internal resource temporarily unavailable&mimecast", 0,
	    N_("a first try from a new sender is put off on purpose "
	    "(greylisting)"),
	    N_("retry in a few minutes; a real mail server does this by "
	    "itself"),
	    "451 Internal resource temporarily unavailable - "
	    "https://community.mimecast.com/docs/DOC-1369#451" },
	{ "mimecast-network", "ip-reputation", 1,
	    "Mimecast", 0, "", "host network not allowed&mimecast", 0,
	    N_("the recipient's organisation does not take mail from your "
	    "network"),
	    N_("send through a server with a good reputation, or ask the "
	    "admin"),
	    "554 Host network not allowed - "
	    "https://community.mimecast.com/docs/DOC-1369#554" },
	{ "mimecast-spoofing", "spf-dkim-dmarc", 1,
	    "Mimecast", 0, "", "anti-spoofing&mimecast", 0,
	    N_("the message claims a sender of the recipient's own "
	    "organisation"),
	    N_("make SPF or DKIM pass for the From domain"),
	    "550 Rejected by header based Anti-Spoofing policy: "
	    "user@example.com - "
	    "https://community.mimecast.com/docs/DOC-1369#550" },
	{ "comcast-block", "ip-reputation", 1,
	    "Comcast", 0, "", "error-codes.php#bl0", 0,
	    N_("your IP address is on a block list Comcast uses"),
	    N_("the code after #BL says which; ask for removal on the page"),
	    "554 resimta-ch2-18v.sys.comcast.net resimta-ch2-18v.sys.comcast."
	    "net 192.0.2.1 found on one or more DNSBLs, see "
	    "http://postmaster.comcast.net/smtp-error-codes.php#BL000001" },
	{ "comcast-rate", "rate-limit", 1,
	    "Comcast", 0, "", "error-codes.php#rl0", 0,
	    N_("you send faster than Comcast takes from your IP address"),
	    N_("slow down and retry later"),
	    "421 resimta-po-20v.sys.comcast.net comcast 192.0.2.1 Too many "
	    "sessions opened from your IP address, please see "
	    "http://postmaster.comcast.net/smtp-error-codes.php#RL000001" },
	{ "mimecast-dmarc", "spf-dkim-dmarc", 1,
	    "Mimecast", 0, "", "dmarc&mimecast", 0,
	    N_("the From domain fails DMARC, and Mimecast enforces its policy"),
	    N_("make SPF or DKIM pass and align with the From domain"),
	    "550 DMARC Sender Invalid - envelope rejected - "
	    "https://community.mimecast.com/docs/DOC-1369#550" },

	/* Microsoft 365 / Exchange Online. */
	{ "ms-auth-off-mailbox", "auth-disabled", 1,
	    "Microsoft 365", 535, "X.7.139",
	    "smtpclientauthentication is disabled for the mailbox", AUTHFAIL,
	    N_("SMTP AUTH is switched off for this mailbox"),
	    N_("an admin enables Authenticated SMTP for it, or send with "
	    "OAuth"),
	    "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication "
	    "is disabled for the Mailbox. Visit "
	    "https://aka.ms/smtp_auth_disabled for more information." },
	{ "ms-auth-off-tenant", "auth-disabled", 1,
	    "Microsoft 365", 535, "X.7.139",
	    "smtpclientauthentication is disabled", AUTHFAIL,
	    N_("SMTP AUTH is switched off for the "
	    "whole tenant (new tenants' default)"),
	    N_("an admin enables SMTP AUTH, or send through OAuth or Graph"),
	    "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication "
	    "is disabled for the Tenant. Visit "
	    "https://aka.ms/smtp_auth_disabled for more information." },
	{ "ms-auth-security-defaults", "auth-disabled", 1,
	    "Microsoft 365", 535, "X.7.139",
	    "security defaults", AUTHFAIL,
	    N_("the tenant's security defaults "
	    "block password logins for this user"),
	    N_("log in with OAuth (XOAUTH2), or the admin changes the policy"),
	    "535 5.7.139 Authentication unsuccessful, user is locked by your "
	    "organization's security defaults "
	    "policy. Contact your administrator." },
	{ "ms-auth-criteria", "auth-disabled", 1,
	    "Microsoft 365", 535, "X.7.139",
	    "did not meet the criteria", AUTHFAIL,
	    N_("a Conditional Access or MFA policy refused this password "
	    "login"),
	    N_("use OAuth (XOAUTH2); the admin can see why in the sign-in "
	    "logs"),
	    "535 5.7.139 Authentication unsuccessful, the request did not meet "
	    "the criteria to be authenticated "
	    "successfully. Contact your administrator." },
	{ "ms-auth-basic-off", "auth-disabled", 1,
	    "Microsoft 365", 535, "X.7.139",
	    "basic authentication is disabled", AUTHFAIL,
	    N_("password (basic) logins are turned off; only OAuth works"),
	    N_("log in with XOAUTH2 and a token"),
	    "535 5.7.139 Authentication unsuccessful, "
	    "basic authentication is disabled." },
	{ "ms-auth-139", "bad-credentials", 1,
	    "Microsoft 365", 535, "X.7.139", "", AUTHFAIL,
	    N_("the login was refused (a wrong password, MFA on the "
	    "account, or a policy)"),
	    N_("check the password; accounts with "
	    "MFA need OAuth or an app password"),
	    "535 5.7.139 Authentication unsuccessful, "
	    "the user credentials were incorrect." },
	{ "ms-auth-3", "bad-credentials", 1,
	    "Microsoft 365", 535, "X.7.3",
	    "authentication unsuccessful", AUTHFAIL,
	    N_("the login was refused (a wrong password, MFA, or SMTP AUTH "
	    "switched off)"),
	    N_("check user (the full address) and password; try OAuth"),
	    "535 5.7.3 Authentication unsuccessful "
	    "[BN6PR11CA0011.namprd11.prod.outlook.com]" },
	{ "ms-not-authenticated", "auth-required", 1,
	    "Microsoft 365", 0, "X.7.57", "", NEEDAUTH,
	    N_("you tried to send without logging in"),
	    N_("{@starttls}, EHLO, then {@auth} LOGIN with the full address "
	    "as user"),
	    "530 5.7.57 Client not authenticated to send "
	    "mail. [DM5PR13CA0011.namprd13.prod.outlook.com]" },
	{ "ms-ip-blocked-708", "ip-reputation", 1,
	    "Microsoft 365", 0, "X.7.708", "", 0,
	    N_("mail from this IP is refused (low reputation; new IPs often "
	    "are)"),
	    N_("send through a relay with a good reputation"),
	    "550 5.7.708 Service unavailable. Access "
	    "denied, traffic not accepted from this IP." },
	{ "ms-busy-500", "rate-limit", 1,
	    "Microsoft 365", 0, "X.7.500", "", 0,
	    N_("your IP address is throttled for now (reputation)"),
	    N_("slow down and retry later; a new IP must build its reputation"),
	    "451 4.7.500 Server busy. Please try "
	    "again later from [192.0.2.1]. (S77714)" },
	{ "ms-rate-650", "ip-reputation", 1,
	    "Microsoft 365", 0, "X.7.650", "", 0,
	    N_("your IP address is rate-limited because of its reputation"),
	    N_("send less and retry later; check the IP against blocklists"),
	    "451 4.7.650 The mail server [192.0.2.1] has been "
	    "temporarily rate limited due to IP reputation." },
	{ "ms-banned-606", "ip-reputation", 1,
	    "Microsoft 365", 0, "X.7.606", "", 0,
	    N_("your IP address is on Microsoft's own block list"),
	    N_("ask for delisting at https://sender.office.com/"),
	    "550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To "
	    "request removal from this list please visit "
	    "https://sender.office.com/ and follow the directions." },
	{ "ms-spam-abuse-501", "mailbox-disabled", 1,
	    "Microsoft 365", 0, "",
	    "access denied, spam abuse detected|bad outbound sender", 0,
	    N_("the sending account is banned: spam was sent from it"),
	    N_("the account's admin must release it (restricted users)"),
	    "550 5.7.501 Access denied, spam abuse detected. For more "
	    "information please go to "
	    "http://go.microsoft.com/fwlink/?LinkId=526653" },
	{ "ms-rfc5322", "syntax", 1,
	    "Microsoft 365", 0, "X.7.512", "", 0,
	    N_("the message's headers break RFC 5322 (often: no valid From)"),
	    N_("give the message one valid From header"),
	    "550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 "
	    "compliant." },
	{ "ms-customer-block", "ip-reputation", 1,
	    "Microsoft 365", 0, "X.7.513", "", 0,
	    N_("the recipient's organisation blocks your IP address"),
	    N_("ask the recipient's admin to remove it from their block list"),
	    "550 5.7.513 Service unavailable, Client host [192.0.2.1] blocked "
	    "by example.com using Customer Block list (AS16012607)" },
	{ "ms-restricted", "policy-other", 1,
	    "Microsoft 365", 0, "", "resolver.rst", 0,
	    N_("the recipient (often a group) takes mail only from some "
	    "senders"),
	    N_("ask the recipient's admin to allow you"),
	    "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized" },
	{ "ms-dmarc-509", "spf-dkim-dmarc", 1,
	    "Microsoft 365", 0, "X.7.509", "", 0,
	    N_("the From domain fails DMARC and its policy says reject"),
	    N_("align SPF or DKIM with the From domain, then send again"),
	    "550 5.7.509 Access denied, sending domain example.com does not "
	    "pass DMARC verification and has a DMARC policy of reject." },
	/* Outlook.com's 2025 rules for high-volume senders. */
	{ "ms-auth-level-515", "spf-dkim-dmarc", 1,
	    "Outlook.com", 0, "", "required authentication level", 0,
	    N_("the sending domain does not pass SPF, DKIM and DMARC as "
	    "required"),
	    N_("publish SPF, sign with DKIM and publish DMARC for the domain"),
	    "550 5.7.515 Access denied, sending domain [example.com] doesn't "
	    "meet the required authentication level." },
	{ "ms-send-as-60", "sender-rejected", 1,
	    "Microsoft 365", 0, "X.7.60", "", 0,
	    N_("the logged-in user may not send as this From address"),
	    N_("send from your own address, or get Send As rights for the "
	    "other"),
	    "550 5.7.60 SMTP; Client does not have "
	    "permissions to send as this sender" },
	{ "ms-relay-54", "relay-denied", 0,
	    N_("Relay refused"), 0, "X.7.54", "", RELAY,
	    N_("no relaying to that domain for you (no connector matches)"),
	    N_("log in, or set up a connector for your IP in Exchange Online"),
	    "550 5.7.54 SMTP; Unable to relay "
	    "recipient in non-accepted domain" },
	{ "ms-relay-64", "relay-denied", 1,
	    "Microsoft 365", 0, "X.7.64", "", RELAY,
	    N_("your IP is not tied to any tenant "
	    "connector, so relaying is denied"),
	    N_("check the inbound connector's IP addresses or certificate"),
	    "550 5.7.64 TenantAttribution; Relay Access Denied" },
	{ "ms-dbeb", "unknown-user", 1,
	    "Microsoft 365", 0, "X.4.1",
	    "recipient address rejected: access denied|recipient addresses "
	    "rejected : access denied", 0,
	    N_("the recipient does not exist in the tenant (edge blocking)"),
	    N_("check the address; the tenant's admin can check the mailbox"),
	    "550 5.4.1 Recipient address rejected: Access denied. "
	    "AS(201806281) "
	    "[DM6NAM11FT061.eop-nam11.prod.protection.outlook.com]" },
	{ "ms-recipient-not-found", "unknown-user", 1,
	    "Microsoft Exchange", 0, "",
	    "recipientnotfound|recipnotfound", 0,
	    N_("no mailbox has this address"),
	    N_("check the address for typos"),
	    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
	    "Recipient not found by SMTP address lookup" },
	{ "ms-submission-quota", "quota", 1,
	    "Microsoft 365", 0, "",
	    "submissionquotaexceeded", 0,
	    N_("this mailbox reached its daily sending limit"),
	    N_("wait up to 24 hours; bulk mail needs another service"),
	    "554 5.2.0 "
	    "STOREDRV.Submission.Exception:SubmissionQuotaExceededException; "
	    "Failed to process message due to a permanent exception" },
	{ "ms-send-as-denied", "sender-rejected", 1,
	    "Microsoft Exchange", 0, "", "sendasdenied", 0,
	    N_("the mailbox has no right to send as the From address"),
	    N_("use the mailbox's own address, or grant Send As"),
	    "554 5.2.252 SendAsDenied; user@example.com "
	    "not allowed to send as other@example.com" },
	{ "ms-mailbox-full", "mailbox-full", 1,
	    "Microsoft Exchange", 0, "",
	    "quotaexceededexception", 0,
	    N_("the recipient's mailbox is full"),
	    N_("the recipient must make room; retry later"),
	    "552 5.2.2 STOREDRV.Deliver.Exception:QuotaExceededException."
	    "MapiExceptionShutoffQuotaExceeded; Failed to "
	    "process message due to a permanent exception" },
	{ "ms-unregistered-750", "sender-rejected", 1,
	    "Microsoft 365", 0, "X.7.750", "", 0,
	    N_("the tenant may not send from unregistered domains (abuse "
	    "control)"),
	    N_("add and verify the domain in the tenant, or contact support"),
	    "550 5.7.750 Service unavailable. Client blocked "
	    "from sending from unregistered domains." },
	/* A connector of the receiving tenant wants TLS (or a certificate)
	   that this connection did not bring. */
	{ "ms-tls-channel", "tls-required", 1,
	    "Microsoft 365", 454, "",
	    "failed to establish appropriate tls channel", 0,
	    N_("the receiving organisation wants TLS that this "
	    "connection lacks"),
	    N_("use STARTTLS ({@starttls}); the admins may need to check the "
	    "connector"),
	    "454 4.7.0 Failed to establish appropriate TLS channel: Access "
	    "Denied" },
	{ "ms-external-forward", "policy-other", 1,
	    "Microsoft 365", 0, "X.7.520",
	    "does not allow external forwarding", 0,
	    N_("the organisation forbids automatic "
	    "forwarding to outside addresses"),
	    N_("the admin allows it in the outbound "
	    "spam policy, or stop forwarding"),
	    "550 5.7.520 Access denied, Your organization "
	    "does not allow external forwarding." },

	/* Gmail and Google Workspace. */
	{ "gmail-peak-relay", "rate-limit", 1,
	    "Google Workspace", 0, "", "peak smtp relay limit", 0,
	    N_("the Workspace SMTP relay takes no more mail for now"),
	    N_("send more slowly; it clears within minutes"),
	    "450 4.2.1 Peak SMTP relay limit exceeded for customer." },
	{ "gmail-sending-denied", "sender-rejected", 1,
	    "Google Workspace", 0, "", "mail sending denied", 0,
	    N_("the sender account is disabled or not in this Workspace "
	    "domain"),
	    N_("send as a user that exists and is active in the domain"),
	    "550 5.7.0 Mail Sending denied. This error occurs if the sender "
	    "account is disabled or not registered within your Google "
	    "Workspace domain." },
	{ "gmail-no-domain", "unknown-user", 1,
	    "Gmail", 0, "", "able to find the recipient domain", 0,
	    N_("the domain after the @ does not exist"),
	    N_("check the address for typos in the domain"),
	    "553 5.1.2 We weren't able to find the recipient domain. Please "
	    "check for any spelling errors, and make sure you didn't enter "
	    "any spaces, periods, or other punctuation after the recipient's "
	    "email address." },
	{ "gmail-attachment", "content-spam", 1,
	    "Gmail", 0, "", "illegal attachment", 0,
	    N_("an attachment type is refused (executables, some archives)"),
	    N_("send the file another way (a link, another format)"),
	    "552 5.7.0 Our system detected an illegal attachment on your "
	    "message. Please visit http://mail.google.com/support/bin/answer."
	    "py?answer=6590 to review our attachment guidelines." },
	{ "gmail-quota", "quota", 1,
	    "Gmail", 0, "", "email quota exceeded|daily sending quota exceeded",
	    0,
	    N_("the Google account used up its sending quota"),
	    N_("wait until it resets; the quota is per day"),
	    "550 5.4.5 Daily sending quota exceeded." },
	{ "gmail-app-password", "app-password-required", 1,
	    "Gmail", 534, "",
	    "application-specific password required", AUTHFAIL,
	    N_("the account uses 2-Step Verification: "
	    "its normal password is refused"),
	    N_("create an app password, or log in with OAuth (XOAUTH2)"),
	    "534 5.7.9 Application-specific password required. Learn more "
	    "at https://support.google.com/mail/?p=InvalidSecondFactor" },
	{ "gmail-bad-credentials", "bad-credentials", 1,
	    "Gmail", 535, "",
	    "username and password not accepted", AUTHFAIL,
	    N_("the user name and password were not accepted"),
	    N_("check both; with 2-Step Verification an app password is "
	    "needed"),
	    "535 5.7.8 Username and Password not accepted. Learn more "
	    "at https://support.google.com/mail/?p=BadCredentials" },
	/* Google refused a sign-in it did not trust (public bounces, Gogs'
	   troubleshooting page): the password may be right; no one cause. */
	{ "gmail-web-login", NULL, 1,
	    "Gmail", 534, "",
	    "log in via your web browser|please log in with your web browser",
	    AUTHFAIL,
	    N_("the login looked suspicious and was blocked"),
	    N_("log in once in a browser from this network; better: use OAuth"),
	    "534 5.7.14 Please log in via your web browser and then try again. "
	    "Learn more at https://support.google.com/mail/answer/78754" },
	{ "gmail-auth-required", "auth-required", 1,
	    "Gmail", 530, "",
	    "wantautherror|authentication required&support.google.com",
	    NEEDAUTH,
	    N_("smtp.gmail.com takes mail only from logged-in users"),
	    N_("{@starttls}, EHLO again, then {@auth} PLAIN with an app "
	    "password"),
	    "530 5.7.0 Authentication Required. Learn more at "
	    "https://support.google.com/mail/?p=WantAuthError" },
	{ "gmail-rate-unauthenticated", "spf-dkim-dmarc", 1,
	    "Gmail", 421, "",
	    "rate limited because it is unauthenticated", 0,
	    N_("mail that passes neither SPF nor DKIM is slowed down"),
	    N_("set up SPF and DKIM for the sending domain"),
	    "421 4.7.26 This mail has been rate limited because it is "
	    "unauthenticated. Gmail requires all senders "
	    "to authenticate with either SPF or DKIM." },
	{ "gmail-unauthenticated", "spf-dkim-dmarc", 1,
	    "Gmail", 0, "",
	    "this mail is unauthenticated|gmail requires all senders", 0,
	    N_("your domain passes neither SPF nor DKIM, so the mail is "
	    "refused"),
	    N_("publish SPF for the sending IP and sign with DKIM"),
	    "550 5.7.26 This mail is unauthenticated, which poses a security "
	    "risk to the sender and Gmail users, and has been blocked. The "
	    "sender must authenticate with at least one of SPF or DKIM." },
	{ "gmail-dmarc", "spf-dkim-dmarc", 1,
	    "Gmail", 0, "", "domain's dmarc policy", 0,
	    N_("the From domain's DMARC policy rejects mail that does not "
	    "align"),
	    N_("make SPF or DKIM pass for the From domain"),
	    "550 5.7.26 Unauthenticated email from example.com is not accepted "
	    "due to domain's DMARC policy. Please contact the administrator "
	    "of example.com domain if this was a legitimate mail." },
	{ "gmail-spf-suspicious", "spf-dkim-dmarc", 1,
	    "Gmail", 0, "", "spf record of the sending domain", 0,
	    N_("the sending domain's SPF record looks wrong, so mail is "
	    "slowed"),
	    N_("fix the SPF record: the text says what looks wrong in it"),
	    "451 4.7.24 The SPF record of the sending domain has one or more "
	    "suspicious entries." },
	{ "gmail-unaligned", "spf-dkim-dmarc", 1,
	    "Gmail", 0, "", "aligned with either the authenticated spf or dkim",
	    0,
	    N_("the From domain matches neither the SPF nor the DKIM domain"),
	    N_("sign with DKIM for the From domain (DMARC alignment)"),
	    "421 4.7.32 Your email has been rate limited because the From: "
	    "header (RFC5322) in this message isn't aligned with either the "
	    "authenticated SPF or DKIM organizational domain." },
	{ "gmail-unsolicited-rate", "ip-reputation", 1,
	    "Gmail", 0, "",
	    "unusual rate of unsolicited mail", 0,
	    N_("too many people mark mail from your IP address as unwanted"),
	    N_("check what you send and to whom, and the provider's sender "
	    "guidelines"),
	    "421 4.7.0 [192.0.2.1] Our system has detected an unusual "
	    "rate of unsolicited mail originating from your IP address." },
	/* Gmail's reference tells the two apart: the sending IP address's
	   reputation, or the sending domain's (and the content's). */
	{ "gmail-low-ip-reputation", "ip-reputation", 1,
	    "Gmail", 0, "",
	    "very low reputation of the sending ip", 0,
	    N_("mail from your IP address is refused: its reputation is very "
	    "low"),
	    N_("send through a server with a good reputation; check the IP"),
	    "550 5.7.1 [192.0.2.1] Gmail has detected that this message is "
	    "likely suspicious due to the very low reputation of the sending "
	    "IP address." },
	{ "gmail-likely-spam", "content-spam", 1,
	    "Gmail", 0, "",
	    "likely unsolicited mail|likely suspicious "
	    "due to the very low reputation", 0,
	    N_("the spam filter judged this message or its sender as spam"),
	    N_("check content, links and domain reputation (Postmaster Tools)"),
	    "550 5.7.1 [192.0.2.1] Our system has detected "
	    "that this message is likely unsolicited mail." },
	{ "gmail-no-ptr", "ip-reputation", 1,
	    "Gmail", 0, "",
	    "does not have a ptr record|doesn't have a ptr record", 0,
	    N_("your IP address has no reverse DNS name that points back to "
	    "it"),
	    N_("have the IP's owner set a PTR record matching the forward "
	    "name"),
	    "550 5.7.25 [192.0.2.1] The IP address sending this message does "
	    "not have a PTR record setup, or the corresponding "
	    "forward DNS entry does not point to the sending IP." },
	{ "gmail-ip-not-authorized", "ip-reputation", 1,
	    "Gmail", 0, "",
	    "not authorized to send email directly to our servers", 0,
	    N_("your IP is a home or dynamic address: direct mail is refused"),
	    N_("send through your provider's submission server (587 with "
	    "AUTH)"),
	    "550 5.7.1 [192.0.2.1] The IP you're using to send mail is not "
	    "authorized to send email directly to our servers. Please "
	    "use the SMTP relay at your service provider instead." },
	{ "gmail-relay-credentials", "relay-denied", 1,
	    "Google Workspace", 0, "",
	    "invalid credentials for relay", RELAY,
	    N_("the Workspace SMTP relay does not know this IP or this sender"),
	    N_("add the IP in the admin console's SMTP relay, or log in"),
	    "550 5.7.1 Invalid credentials for relay [192.0.2.1]. The IP "
	    "address you've registered in your G Suite SMTP Relay service "
	    "doesn't match domain of the account "
	    "this email is being sent from." },
	{ "gmail-not-rfc5322", "syntax", 1,
	    "Gmail", 0, "", "not rfc 5322 compliant", 0,
	    N_("the message headers are malformed (missing From, "
	    "duplicates...)"),
	    N_("give exactly one From, Date and Message-ID header"),
	    "550 5.7.1 [192.0.2.1] Our system has detected that this "
	    "message is not RFC 5322 compliant: 'From' header is missing." },
	{ "gmail-no-such-user", "unknown-user", 1,
	    "Gmail", 0, "",
	    "email account that you tried to reach does not exist", 0,
	    N_("there is no account with this address"),
	    N_("check the address for typos"),
	    "550 5.1.1 The email account that you tried to reach does not "
	    "exist. Please try double-checking the recipient's "
	    "email address for typos or unnecessary spaces." },
	{ "gmail-disabled", "mailbox-disabled", 1,
	    "Gmail", 0, "",
	    "email account that you tried to reach is disabled", 0,
	    N_("the recipient's account is disabled"),
	    N_("reach the person another way"),
	    "550 5.2.1 The email account that "
	    "you tried to reach is disabled." },
	{ "gmail-over-quota", "mailbox-full", 1,
	    "Gmail", 0, "",
	    "email account that you tried to reach is over quota", 0,
	    N_("the recipient's mailbox is full"),
	    N_("retry later; the recipient must make room"),
	    "452 4.2.2 The email account that "
	    "you tried to reach is over quota." },
	{ "gmail-receiving-rate", "rate-limit", 1,
	    "Gmail", 0, "",
	    "receiving mail at a rate that prevents additional messages|"
	    "receiving mail too quickly", 0,
	    N_("the recipient gets too much mail right now"),
	    N_("retry later, more slowly"),
	    "450 4.2.1 The user you are trying to contact is receiving mail at "
	    "a rate that prevents additional messages from being delivered." },
	{ "gmail-size", "size-limit", 1,
	    "Gmail", 0, "", "message size limits", 0,
	    N_("the message is over the size limit (about 25 MB)"),
	    N_("send big files as links, not attachments"),
	    "552 5.3.4 Your message exceeded Google's message size limits." },
	{ "gmail-daily-limit", "quota", 1,
	    "Gmail", 0, "",
	    "daily smtp relay limit|daily user sending limit exceeded|daily "
	    "sending quota exceeded", 0,
	    N_("the Google account hit its daily sending limit"),
	    N_("wait up to 24 hours; bulk mail needs a mailing service"),
	    "550 5.4.5 Daily user sending limit exceeded." },
	/* Too many logins, not a wrong password: a rate on logins. */
	{ "gmail-login-attempts", "rate-limit", 1,
	    "Gmail", 454, "", "too many login attempts",
	    AUTHFAIL,
	    N_("too many failed logins: logins are blocked for a while"),
	    N_("wait, then log in with the right password or an app password"),
	    "454 4.7.0 Too many login attempts, please try again later." },
	{ "gmail-try-later", "rate-limit", 1,
	    "Gmail", 421, "",
	    "try again later, closing connection", 0,
	    N_("connections from you are turned away for now"),
	    N_("retry later, with fewer connections at once"),
	    "421 4.7.0 Try again later, closing connection. (EHLO)" },
	/* Gmail's SMTP error reference (support.google.com/a/answer/
	   3726730): the wordings below are listed there as sent. */
	{ "gmail-same-message-id", "rate-limit", 1,
	    "Gmail", 4, "", "same message-id", 0,
	    N_("too many copies of one message (one Message-ID) came at once"),
	    N_("give each message its own Message-ID; retry later"),
	    "421 4.7.28 Gmail has detected this message exceeded its quota "
	    "for sending messages with the same Message-ID:. To best protect "
	    "our users, the message has been temporarily rejected." },
	{ "gmail-identity-change", "sequence", 1,
	    "Gmail", 503, "", "no identity changes permitted", 0,
	    N_("this session has logged in already: one login per connection"),
	    N_("open a new connection to log in as another user"),
	    "503 5.7.0 No identity changes permitted." },
	{ "gmail-policy-size", "policy-other", 1,
	    "Gmail", 452, "", "domain policy size per transaction exceeded",
	    0,
	    N_("this transaction has too many recipients "
	    "for the domain's own policies"),
	    N_("send to this recipient in a separate transaction"),
	    "452 4.5.3 Domain policy size per transaction exceeded, please "
	    "try this recipient in a separate transaction." },

	/* Mailgun (help.mailgun.com: Authorized Recipients; My domain has
	   been disabled): a domain that "is not allowed to send", for the
	   reason written after the colon. */
	{ "mailgun-sandbox", "policy-other", 1,
	    "Mailgun", 0, "", "not allowed to send&for test purposes only", 0,
	    N_("a sandbox or free account sends only to authorized recipients"),
	    N_("add the address to the authorized recipients, or use your own "
	    "domain"),
	    "421 Domain sandbox0123.mailgun.org is not allowed to send: Free "
	    "accounts are for test purposes only. Please upgrade or add the "
	    "address to authorized recipients in Account Settings." },
	{ "mailgun-activate", "mailbox-disabled", 1,
	    "Mailgun", 0, "", "not allowed to send&activate your", 0,
	    N_("the sending account is not activated yet"),
	    N_("activate it (the provider sent a mail for it), then retry"),
	    "421 Domain sandbox0123.mailgun.org is not allowed to send: Please "
	    "activate your Mailgun account. Check your inbox or log in to "
	    "your control panel to resend the activation email." },
	{ "mailgun-terminated", "mailbox-disabled", 1,
	    "Mailgun", 0, "", "not allowed to send&account terminated|"
	    "not allowed to send&account disabled", 0,
	    N_("the provider suspended or closed the sending account"),
	    N_("ask the provider's support why, before sending more"),
	    "421 Domain mg.example.com is not allowed to send: "
	    "Account Terminated." },

	/* Yahoo and AOL. */
	/* "Deferred due to user complaints" (TS01, TS02, and TSS04 in
	   older wording): the deferral is Yahoo's answer, the complaints
	   about mail from this IP are the cause. With "unexpected volume
	   or" it is the volume rule below. */
	{ "yahoo-complaints", "ip-reputation", 1,
	    "Yahoo", 0, "", "deferred due to user complaints|[ts01]|[ts02]|"
	    "[ts03]", 0,
	    N_("its users complained about mail from this IP, so it is put "
	    "off"),
	    N_("slow down, clean the list, and use Yahoo's complaint feedback "
	    "loop"),
	    "421 4.7.0 [TS01] Messages from 192.0.2.1 temporarily deferred "
	    "due to user complaints - 4.16.55.1; see "
	    "http://postmaster.yahoo.com/421-ts01.html" },
	{ "yahoo-tss04", "rate-limit", 1,
	    "Yahoo", 0, "", "[tss04]|[gl01]|"
	    "deferred due to unexpected volume", 0,
	    N_("mail is put off for unexpected volume or user complaints"),
	    N_("slow down, retry later; check complaints in the feedback loop"),
	    "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred "
	    "due to unexpected volume or user complaints - 4.16.55.1; "
	    "see https://postmaster.yahooinc.com/error-codes" },
	{ "yahoo-tss09", "ip-reputation", 1,
	    "Yahoo", 0, "", "[tss09]|[tss11]|will be permanently deferred", 0,
	    N_("all mail from this IP is refused for good (reputation)"),
	    N_("retrying will not help: fix the reputation, ask Yahoo support"),
	    "421 4.7.0 [TSS09] All messages from 192.0.2.1 will be permanently "
	    "deferred; Retrying will NOT succeed. See "
	    "https://postmaster.yahooinc.com/error-codes" },
	{ "yahoo-bl21", "ip-reputation", 1,
	    "Yahoo", 0, "", "[bl21]|[bl23]", 0,
	    N_("refused because your IP address is on a Spamhaus list"),
	    N_("look the IP up at check.spamhaus.org "
	    "and follow the delisting steps"),
	    "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, "
	    "because the ip is in Spamhaus's list; see "
	    "https://postmaster.yahooinc.com/error-codes" },
	{ "yahoo-unauthenticated", "spf-dkim-dmarc", 1,
	    "Yahoo", 0, "",
	    "yahoo requires all senders to authenticate", 0,
	    N_("your domain passes neither SPF nor DKIM, so the mail is "
	    "refused"),
	    N_("publish SPF and sign with DKIM"),
	    "550 5.7.9 This mail has been blocked because the sender is "
	    "unauthenticated. Yahoo requires all senders "
	    "to authenticate with either SPF or DKIM." },
	{ "yahoo-no-account", "unknown-user", 1,
	    "Yahoo", 0, "", "doesn't have a yahoo", 0,
	    N_("there is no account with this address"),
	    N_("check the address for typos"),
	    "554 delivery error: dd This user doesn't have a yahoo.com "
	    "account (someone@yahoo.com) [0] - mta1234.mail.gq1.yahoo.com" },
	{ "yahoo-disabled", "mailbox-disabled", 1,
	    "Yahoo", 0, "", "this mailbox is disabled", 0,
	    N_("the recipient's mailbox is disabled"),
	    N_("reach the person another way"),
	    "554 delivery error: dd Sorry your message to someone@yahoo.com "
	    "cannot be delivered. This mailbox is disabled "
	    "(554.30). - mta1234.mail.bf1.yahoo.com" },
	{ "yahoo-bad-auth", "bad-credentials", 1,
	    "Yahoo", 535, "", "(#auth005)|(#mbr1212)",
	    AUTHFAIL,
	    N_("login refused (wrong password, or too many tries)"),
	    N_("mail programs need an app password here; wait, then retry"),
	    "535 5.7.0 (#AUTH005) Too many bad auth attempts." },

	/* iCloud Mail. */

	/* Amazon SES. */
	{ "ses-not-verified", "sender-rejected", 1,
	    "Amazon SES", 0, "",
	    "email address is not verified", 0,
	    N_("only verified identities may send (in the sandbox: and "
	    "receive)"),
	    N_("verify the address or domain in SES, or leave the sandbox"),
	    "554 Message rejected: Email address is not verified. The "
	    "following identities failed the check in "
	    "region US-EAST-1: sender@example.com" },
	{ "ses-rate", "rate-limit", 1,
	    "Amazon SES", 0, "", "maximum sending rate exceeded", 0,
	    N_("you send faster than the account's per-second limit"),
	    N_("slow down, or ask AWS for a higher sending rate"),
	    "454 Throttling failure: Maximum sending rate exceeded." },
	{ "ses-daily", "quota", 1,
	    "Amazon SES", 0, "", "daily message quota exceeded", 0,
	    N_("the account used up its sending quota for 24 hours"),
	    N_("wait, or ask AWS for a higher quota"),
	    "454 Throttling failure: Daily message quota exceeded." },
	{ "ses-suspended", "policy-other", 1,
	    "Amazon SES", 0, "",
	    "sending suspended for this account|sending paused", 0,
	    N_("AWS stopped sending for this account (bounces or complaints)"),
	    N_("read the notice sent to the AWS account's address and appeal"),
	    "554 Access denied: Sending suspended for this account. For more "
	    "information, please check the inbox of the email "
	    "address associated with your AWS account." },
	{ "ses-timeout", "sequence", 1,
	    "Amazon SES", 0, "",
	    "timeout waiting for data from client", 0,
	    N_("you were silent too long and the server gave up"),
	    N_("type faster, or send the next command sooner"),
	    "451 Timeout waiting for data from client." },

	/* Postfix. */
	{ "postfix-relay-denied", "relay-denied", 0,
	    N_("Relay refused"), 0, "", "relay access denied",
	    RELAY,
	    N_("you are not logged in, and the recipient's domain is not "
	    "one it serves"),
	    N_("to send out, log in first ({@auth}) on the submission port "
	    "587"),
	    "554 5.7.1 <user@example.org>: Relay access denied" },
	/* reject_unlisted_sender: the same words, about the sender. */
	{ "postfix-unlisted-sender", "sender-rejected", 0,
	    N_("Unknown sender"), 0, "", "sender address rejected: user "
	    "unknown",
	    0,
	    N_("your MAIL FROM address is one of this server's domains, but no "
	    "such user"),
	    N_("send from an address that exists there (often: your own "
	    "login)"),
	    "550 5.1.0 <nobody@example.com>: Sender address rejected: User "
	    "unknown in local recipient table" },
	{ "postfix-user-unknown", "unknown-user", 0,
	    N_("Unknown recipient"), 0, "",
	    "user unknown in local recipient table|user unknown in virtual "
	    "mailbox table|user unknown in virtual alias "
	    "table|user unknown in relay recipient table", 0,
	    N_("the server takes mail for this domain but has no such user"),
	    N_("check the address for typos"),
	    "550 5.1.1 <nobody@example.com>: Recipient address "
	    "rejected: User unknown in local recipient table" },
	{ "postfix-helo-fqdn", "syntax", 0,
	    N_("EHLO name"), 0, "",
	    "need fully-qualified hostname", 0,
	    N_("the EHLO name must be a full host name like mail.example.com"),
	    N_("send EHLO with the client's real host name"),
	    "504 5.5.2 <localhost>: Helo command "
	    "rejected: need fully-qualified hostname" },
	{ "postfix-helo-host-not-found", "policy-other", 0,
	    N_("EHLO name"), 0, "",
	    "helo command rejected: host not found", 0,
	    N_("the name you gave in EHLO does not exist in DNS"),
	    N_("EHLO with a name that resolves, ideally your reverse DNS name"),
	    "450 4.7.1 <client.example>: Helo "
	    "command rejected: Host not found" },
	{ "postfix-helo-invalid", "syntax", 0,
	    N_("EHLO name"), 0, "",
	    "helo command rejected: invalid", 0,
	    N_("the EHLO argument is not a valid host name or address literal"),
	    N_("EHLO with a host name, or [192.0.2.1] for an address"),
	    "501 5.5.2 <bad name>: Helo command rejected: Invalid name" },
	{ "postfix-no-rdns", "ip-reputation", 0,
	    N_("Reverse DNS"), 0, "",
	    "cannot find your hostname|cannot find your reverse hostname", 0,
	    N_("your IP has no reverse DNS name, or it does not resolve back"),
	    N_("send through a server with proper reverse DNS, or set the PTR"),
	    "450 4.7.1 Client host rejected: cannot "
	    "find your hostname, [192.0.2.1]" },
	{ "postfix-sender-domain", "sender-rejected", 0,
	    N_("Sender domain"), 0, "",
	    "sender address rejected: domain not found", 0,
	    N_("the domain of your MAIL FROM address does not exist in DNS"),
	    N_("use a sender address in a real, resolvable domain"),
	    "450 4.1.8 <me@nonexistent.invalid>: Sender "
	    "address rejected: Domain not found" },
	{ "postfix-recipient-domain", "unknown-user", 0,
	    N_("Recipient domain"), 0, "",
	    "recipient address rejected: domain not found", 0,
	    N_("the recipient's domain does not exist in DNS"),
	    N_("check the domain for typos"),
	    "450 4.1.2 <you@nonexistent.invalid>: "
	    "Recipient address rejected: Domain not found" },
	{ "postfix-login-mismatch", "sender-rejected", 0,
	    N_("Sender and login"), 0, "",
	    "sender address rejected: not owned by|must be same as "
	    "authorization user|and sender doesn't match", 0,
	    N_("you are logged in, but MAIL FROM is not an address of that "
	    "login"),
	    N_("use your own address in MAIL FROM"),
	    "553 5.7.1 <boss@example.com>: Sender address "
	    "rejected: not owned by user student@example.com" },
	{ "postfix-not-logged-in", "auth-required", 0,
	    N_("Login required"), 0, "",
	    "sender address rejected: not logged in", NEEDAUTH,
	    N_("this address may only be used after logging in"),
	    N_("{@auth} first (after {@starttls}), then MAIL FROM again"),
	    "553 5.7.1 <student@example.com>: Sender "
	    "address rejected: not logged in" },
	{ "postfix-auth-failed", "bad-credentials", 0,
	    N_("Login failed"), 535, "",
	    "error: authentication failed", AUTHFAIL,
	    N_("the SASL login failed; a base64 word after it is the last "
	    "prompt"),
	    N_("check user and password (UGFzc3dvcmQ6 decodes to "
	    "\"Password:\")"),
	    "535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6" },
	{ "postfix-auth-not-enabled", "auth-disabled", 0,
	    N_("No AUTH here"), 503, "",
	    "authentication not enabled", NOAUTH,
	    N_("this port does not offer AUTH at all"),
	    N_("log in on the submission port (587 or 465) instead"),
	    "503 5.5.1 Error: authentication not enabled" },
	{ "postfix-helo-first", "sequence", 0,
	    N_("Command order"), 503, "", "send helo/ehlo first", 0,
	    N_("the server wants EHLO (or HELO) before this command"),
	    N_("say EHLO client.example first"),
	    "503 5.5.1 Error: send HELO/EHLO first" },
	{ "postfix-need-mail", "sequence", 0,
	    N_("Command order"), 503, "", "need mail command", 0,
	    N_("RCPT TO came before an accepted MAIL FROM"),
	    N_("send MAIL FROM:<you@example.com> first"),
	    "503 5.5.1 Error: need MAIL command" },
	{ "postfix-need-rcpt", "sequence", 0,
	    N_("Command order"), 503, "", "need rcpt command", 0,
	    N_("DATA came before any accepted RCPT TO"),
	    N_("give at least one RCPT TO that gets a 250"),
	    "503 5.5.1 Error: need RCPT command" },
	{ "postfix-no-valid-rcpt", "sequence", 0,
	    N_("No recipient"), 0, "", "no valid recipients", 0,
	    N_("every RCPT TO was refused, so there is no one to send to"),
	    N_("look at the replies to your RCPT TO commands"),
	    "554 5.5.1 Error: no valid recipients" },
	{ "postfix-size", "size-limit", 0,
	    N_("Size limit"), 552, "",
	    "message size exceeds fixed limit", 0,
	    N_("the message is larger than message_size_limit"),
	    N_("send a smaller message; the EHLO SIZE line gives the limit"),
	    "552 5.3.4 Message size exceeds fixed limit" },
	{ "postfix-too-many-errors", "sequence", 0,
	    N_("Too many errors"), 421, "", "too many errors", SESSION,
	    N_("after many bad commands the server hangs up"),
	    N_("reconnect and check each command's syntax"),
	    "421 4.7.0 mail.example.com Error: too many errors" },
	/* Postfix's own replies (src/smtpd/smtpd.c, smtpd_check.c,
	   smtpd_sasl_proto.c, postscreen): generic, since other servers
	   may word theirs alike; Postfix is named only by its greeting. */
	{ "postfix-nested-mail", "sequence", 0,
	    N_("Command order"), 503, "", "nested mail command", 0,
	    N_("MAIL FROM came twice: a transaction takes one sender"),
	    N_("finish this message (DATA), or RSET, before a new MAIL FROM"),
	    "503 5.5.1 Error: nested MAIL command" },
	{ "postfix-after-bdat", "sequence", 0,
	    N_("Command order"), 503, "",
	    "data after bdat|mail after bdat|rcpt after bdat|"
	    "cannot be used with binarymime", 0,
	    N_("a BDAT transfer is under way: other commands must wait"),
	    N_("end the message with BDAT n LAST, or RSET"),
	    "503 5.5.1 Error: DATA after BDAT" },
	{ "postfix-sync", "sequence", 0,
	    N_("Talked too early"), 0, "",
	    "smtp protocol synchronization|improper use of smtp command "
	    "pipelining|pipelining not supported|smtp synchronization error",
	    0,
	    N_("you sent before the server's answer came (no PIPELINING here)"),
	    N_("wait for each reply before the next command"),
	    "554 5.5.0 Error: SMTP protocol synchronization" },
	{ "postfix-in-transaction", "sequence", 0,
	    N_("Command order"), 503, "", "mail transaction in progress", 0,
	    N_("this command is not allowed in the middle of a transaction"),
	    N_("RSET first, then send it"),
	    "503 5.5.1 Error: MAIL transaction in progress" },
	{ "postfix-tls-active", "sequence", 0,
	    N_("Command order"), 5, "", "tls already active|tls is already "
	    "active|"
	    "channel already secured", 0,
	    N_("TLS is on already: STARTTLS works once per connection"),
	    N_("go on with EHLO, then the transaction"),
	    "554 5.5.1 Error: TLS already active" },
	{ "postfix-per-client", "rate-limit", 0,
	    N_("Client limit"), 4, "",
	    "too much mail from|too many auth commands from|too many "
	    "recipients from|too many new tls sessions from", 0,
	    N_("you passed this server's limit per client and minute"),
	    N_("wait a minute, then send more slowly"),
	    "450 4.7.1 Error: too much mail from 192.0.2.1" },
	{ "postfix-fault", "service-unavailable", 0,
	    N_("Server fault"), 4, "",
	    "mail system error|server configuration error|server local "
	    "error|server local data error|all server ports are busy|"
	    "server configuration problem|"
	    "all screening ports are busy|no system resources", 0,
	    N_("the server has a fault or is full up: not your doing"),
	    N_("retry later; the server's admin should check its logs"),
	    "421 4.3.5 Server configuration error" },
	{ "postfix-cmd-disabled", "policy-other", 0,
	    N_("Command off"), 0, "", "command is disabled|support is disabled",
	    0,
	    N_("this server has switched the command or option off"),
	    N_("do without it: RCPT TO tells whether an address is taken"),
	    "502 5.5.1 VRFY command is disabled" },
	{ "postfix-declare-smtputf8", "syntax", 0,
	    "SMTPUTF8", 553, "", "must declare smtputf8", 0,
	    N_("the address has non-ASCII characters, sent without SMTPUTF8"),
	    N_("add SMTPUTF8 to MAIL FROM, if EHLO offers it"),
	    "553 5.6.7 Must declare SMTPUTF8 to send unicode address" },
	{ "postfix-multi-bounce", "policy-other", 0,
	    N_("Null sender"), 0, "", "multi-recipient bounce", 0,
	    N_("a message from the null sender <> may have one recipient only"),
	    N_("give a real sender address, or one recipient"),
	    "550 5.5.3 <>: Data command rejected: Multi-recipient bounce" },
	/* smtpd.c: a line that is a mail header (or a command listed in
	   smtpd_forbidden_commands, such as HTTP's) where a command was due. */
	{ "postfix-non-smtp", "sequence", 0,
	    N_("Not a command"), 221, "", "i can break rules, too", 0,
	    N_("a line came that is no command (a header before DATA?)"),
	    N_("send the message's header lines only after DATA got its 354"),
	    "221 2.7.0 Error: I can break rules, too. Goodbye." },
	{ "postfix-timeout", "sequence", 0,
	    N_("Timeout"), 421, "", "timeout exceeded|smtp command timeout",
	    SESSION,
	    N_("you were idle too long and the server closed the session"),
	    N_("reconnect; the server waits about 5 minutes per command"),
	    "421 4.4.2 mail.example.com Error: timeout exceeded" },
	{ "postfix-too-many-connections", "rate-limit", 0,
	    N_("Connection limit"), 421, "",
	    "too many connections from", 0,
	    N_("you hold too many connections to this server at once"),
	    N_("close the others, or wait"),
	    "421 4.7.0 mail.example.com Error: "
	    "too many connections from 192.0.2.1" },
	{ "postfix-tls-unavailable", "tls-failure", 0,
	    N_("TLS broken"), 454, "",
	    "tls not available due to local problem|tls currently unavailable",
	    0,
	    N_("the server's TLS is broken (certificate or key); it cannot "
	    "start"),
	    N_("do not log in without TLS; tell the server's admin"),
	    "454 4.7.0 TLS not available due to local problem" },
	{ "postfix-queue-write", "service-unavailable", 0,
	    N_("Server fault"), 451, "", "queue file write error",
	    0,
	    N_("the server could not store the message (disk full, filter "
	    "down)"),
	    N_("retry later; the server's admin should check the logs"),
	    "451 4.3.0 Error: queue file write error" },
	{ "postfix-client-access", NULL, 0,
	    N_("Access rule"), 0, "",
	    "client host rejected: access denied", ACCESS,
	    N_("an access rule refuses you: by your IP or host, or unless you "
	    "log in"),
	    N_("where AUTH is offered, log in first; else ask the admin"),
	    "554 5.7.1 <unknown[192.0.2.1]>: "
	    "Client host rejected: Access denied" },
	{ "postfix-address-syntax", "syntax", 0,
	    N_("Address syntax"), 501, "",
	    "bad recipient address syntax|bad sender address syntax", 0,
	    N_("the address is not in valid form"),
	    N_("write it in angle brackets: <user@example.com>"),
	    "501 5.1.3 Bad recipient address syntax" },
	{ "postfix-command-syntax", "syntax", 0,
	    N_("Command syntax"), 501, "",
	    "syntax: mail from:|syntax: rcpt to:", 0,
	    N_("the command's form is wrong"),
	    N_("write MAIL FROM:<user@example.com> (colon, angle brackets)"),
	    "501 5.5.4 Syntax: MAIL FROM:<address>" },
	{ "postfix-unknown-command", "syntax", 0,
	    N_("Unknown command"), 502, "",
	    "command not recognized|unsupported command", 0,
	    N_("the server does not know this "
	    "command (typo, or extension missing)"),
	    N_("check the spelling; EHLO lists the extensions it knows"),
	    "502 5.5.2 Error: command not recognized" },
	{ "postfix-queued", "success", 0,
	    N_("Queued"), 250, "", "queued as", 0,
	    N_("the message is stored in the server's queue for delivery"),
	    N_("the queue id after \"queued as\" finds it in the server's log"),
	    "250 2.0.0 Ok: queued as 4F3B21C0A2" },
	{ "postfix-greeting", "success", 1,
	    "Postfix", 220, "", "esmtp postfix", 0,
	    N_("a widely used Unix mail server greets you"),
	    NULL,
	    "220 mail.example.com ESMTP Postfix (Debian/GNU)" },

	/* InfoSphere (NTTPC) documents this reply to RCPT for an address
	   of its own that does not exist or was closed. */
	{ "cant-accept-user", "unknown-user", 0,
	    N_("Unknown recipient"), 550, "", "can't accept user", 0,
	    N_("the server takes no mail for this address: no such user there"),
	    N_("check the address for typos; it may have been closed"),
	    "550 can't accept user... (#5.7.1)" },

	/* qmail (qmail-smtpd's and qmail-queue's own words). */
	{ "qmail-badmailfrom", "sender-rejected", 0,
	    N_("Sender refused"), 553, "", "envelope sender has been denied|"
	    "envelope sender is in my badmailfrom", 0,
	    N_("this server refuses your MAIL FROM address (its badmailfrom "
	    "list)"),
	    N_("send from another address, or ask the server's admin"),
	    "553 sorry, your envelope sender has been denied (#5.7.1)" },
	{ "qmail-qq-temporary", "service-unavailable", 0,
	    N_("Server fault"), 4, "", "qq temporary problem|qq write error|"
	    "qq read error", 0,
	    N_("the server could not queue the message (a fault of its own)"),
	    N_("retry later; the server's admin should check its logs"),
	    "451 qq temporary problem (#4.3.0)" },

	/* Exim (and cPanel's Exim). */
	{ "exim-sender-verify", "sender-rejected", 0,
	    N_("Sender check"), 0, "", "sender verify failed", 0,
	    N_("the server checked your MAIL FROM address, and it does not "
	    "exist"),
	    N_("use a sender address that can receive mail"),
	    "550 Sender verify failed" },
	{ "exim-rcpt-precede-data", "sequence", 0,
	    N_("Command order"), 503, "",
	    "valid rcpt command must precede data|must precede data|"
	    "no sender yet given|sender not yet given|sender already given|"
	    "mail already given", 0,
	    N_("DATA came without any accepted RCPT TO"),
	    N_("look at the replies to your RCPT TO commands"),
	    "503 Valid RCPT command must precede DATA" },
	{ "exim-cpanel-relay", "relay-denied", 0,
	    N_("Relay refused"), 0, "",
	    "not permitted to relay through this server "
	    "without authentication", RELAY | NEEDAUTH,
	    N_("this server relays only for logged-in users"),
	    N_("turn on SMTP authentication in the client: {@auth} first"),
	    "550 192.0.2.1 is not permitted to relay "
	    "through this server without authentication." },
	{ "exim-relay-denied", "relay-denied", 0,
	    N_("Relay refused"), 0, "", "relay not permitted", RELAY,
	    N_("you are not logged in, and the recipient's domain is not "
	    "one it serves"),
	    N_("to send out, log in ({@auth}) on the submission port 587"),
	    "550 relay not permitted" },
	{ "exim-unrouteable", "unknown-user", 0,
	    N_("Unroutable address"), 0, "", "unrouteable address", 0,
	    N_("the server cannot route to this address (no such domain or "
	    "user)"),
	    N_("check the address; the domain's MX records may be missing"),
	    "550 Unrouteable address" },
	{ "exim-callout", "sender-rejected", 0,
	    N_("Sender check"), 0, "",
	    "could not complete sender verify callout|could "
	    "not complete recipient verify callout", 0,
	    N_("the server could not check the address with its own server "
	    "yet"),
	    N_("retry later"),
	    "451 Could not complete sender verify callout" },
	{ "exim-auth-failed", "bad-credentials", 0,
	    N_("Login failed"), 535, "", "incorrect authentication data",
	    AUTHFAIL,
	    N_("the user name or the password is wrong"),
	    N_("check both; the user is often the full address"),
	    "535 Incorrect authentication data" },
	{ "exim-auth-not-advertised", "auth-disabled", 0,
	    N_("No AUTH here"), 503, "",
	    "auth command used when not advertised", NOAUTH,
	    N_("AUTH is not offered at this point"),
	    N_("{@starttls} and EHLO first; AUTH is often offered only after "
	    "TLS"),
	    "503 AUTH command used when not advertised" },
	{ "exim-no-such-user", "unknown-user", 0,
	    N_("Unknown recipient"), 0, "", "no such user here", 0,
	    N_("this server has no mailbox by that name"),
	    N_("check the address for typos"),
	    "550 No Such User Here" },
	{ "exim-invalid-helo", "syntax", 0,
	    N_("EHLO name"), 0, "",
	    "invalid helo name|syntactically invalid helo argument|"
	    "syntactically invalid ehlo argument", 0,
	    N_("the server refuses your EHLO name (an IP, or not a full name)"),
	    N_("EHLO with the client's real host name"),
	    "550 Access denied - Invalid HELO name (See RFC2821 4.1.1.1)" },
	{ "exim-local-problem", "service-unavailable", 0,
	    N_("Server fault"), 451, "", "temporary local problem", 0,
	    N_("a passing fault on the server (disk, database, DNS)"),
	    N_("retry later"),
	    "451 Temporary local problem - please try later" },
	{ "exim-too-many-connections", "rate-limit", 0,
	    N_("Connection limit"), 421, "",
	    "too many concurrent smtp connections", 0,
	    N_("you hold too many connections to this server at once"),
	    N_("close the others, or wait"),
	    "421 Too many concurrent SMTP connections from "
	    "this IP address; please try again later." },
	{ "exim-cpanel-rate", "rate-limit", 0,
	    N_("Rate limit"), 0, "",
	    "reached its limit for processing requests from your host", 0,
	    N_("the server rate-limits your host"),
	    N_("send less, retry later"),
	    "451 The server has reached its limit for processing "
	    "requests from your host. Please try again later." },
	{ "exim-size", "size-limit", 0,
	    N_("Size limit"), 552, "",
	    "message size exceeds maximum permitted", 0,
	    N_("the message is larger than this server takes"),
	    N_("send a smaller message; the EHLO SIZE line gives the limit"),
	    "552 Message size exceeds maximum permitted" },
	{ "exim-queued", "success", 0,
	    N_("Queued"), 250, "", "ok id=", 0,
	    N_("the message is stored in the queue for delivery"),
	    N_("the id finds it in the server's log"),
	    "250 OK id=1qZ2xY-0003Ab-Cd" },
	{ "exim-greeting", "success", 1,
	    "Exim", 220, "", "esmtp exim", 0,
	    N_("a widely used Unix mail server greets you"),
	    NULL,
	    "220 mail.example.com ESMTP Exim 4.96 "
	    "Mon, 01 Jan 2024 10:00:00 +0000" },

	/* Sendmail. */
	{ "sendmail-relay-nodns", "relay-denied", 0,
	    N_("Relay refused"), 0, "",
	    "relaying denied. ip name lookup failed", RELAY,
	    N_("the server will not pass mail on for you, and your IP "
	    "has no reverse DNS name"),
	    N_("log in ({@auth}) on port 587; fix reverse DNS to send on port "
	    "25"),
	    "550 5.7.1 <you@example.org>... Relaying "
	    "denied. IP name lookup failed [192.0.2.1]" },
	{ "sendmail-relay-denied", "relay-denied", 0,
	    N_("Relay refused"), 0, "", "relaying denied", RELAY,
	    N_("you are not logged in, and the recipient's domain is not "
	    "one it serves"),
	    N_("to send out, log in ({@auth}) on the submission port 587"),
	    "550 5.7.1 <you@example.org>... Relaying denied" },
	{ "sendmail-sender-domain", "sender-rejected", 0,
	    N_("Sender domain"), 0, "",
	    "domain of sender address&does not exist|domain "
	    "of sender address&does not resolve", 0,
	    N_("the domain of your MAIL FROM address does not exist in DNS"),
	    N_("use a sender address in a real domain"),
	    "553 5.1.8 <me@nonexistent.invalid>... Domain of "
	    "sender address me@nonexistent.invalid does not exist" },
	{ "sendmail-polite", "sequence", 0,
	    N_("Command order"), 503, "",
	    "polite people say helo first", 0,
	    N_("the server wants EHLO (or HELO) before this command"),
	    N_("say EHLO client.example first"),
	    "503 5.0.0 Polite people say HELO first" },
	{ "sendmail-need-mail", "sequence", 0,
	    N_("Command order"), 503, "",
	    "need mail before rcpt|need mail before data|need mail command|"
	    "mail needed first", 0,
	    N_("this command needs an accepted MAIL FROM first"),
	    N_("send MAIL FROM:<you@example.com> first"),
	    "503 5.0.0 Need MAIL before RCPT" },
	{ "sendmail-need-rcpt", "sequence", 0,
	    N_("Command order"), 503, "",
	    "need rcpt (recipient)|need rcpt before data|no recipient "
	    "specified", 0,
	    N_("DATA needs at least one accepted RCPT TO"),
	    N_("give an RCPT TO that gets a 250 first"),
	    "503 5.0.0 Need RCPT (recipient)" },
	{ "sendmail-not-allowed", "policy-other", 0,
	    N_("Command refused"), 502, "",
	    "we do not allow this operation", 0,
	    N_("VRFY, EXPN or TURN is switched off (against address "
	    "harvesting)"),
	    N_("just try RCPT TO: it shows whether an address is accepted"),
	    "502 5.7.0 Sorry, we do not allow this operation" },
	{ "vrfy-off", "success", 0,
	    "VRFY", 252, "", "cannot vrfy user", 0,
	    N_("VRFY will not confirm addresses; mail to it may still work"),
	    N_("use RCPT TO to see whether an address is accepted"),
	    "252 2.5.2 Cannot VRFY user; try RCPT "
	    "to attempt delivery (or try finger)" },
	{ "sendmail-rate", "rate-limit", 0,
	    N_("Connection limit"), 0, "", "connection rate limit exceeded",
	    0,
	    N_("you open connections faster than this server allows"),
	    N_("wait a minute between connections"),
	    "421 4.3.2 Connection rate limit exceeded." },
	{ "sendmail-disk", "service-unavailable", 0,
	    N_("Server fault"), 0, "", "insufficient disk space|space "
	    "shortage", 0,
	    N_("the server's disk is full: not your fault"),
	    N_("retry later"),
	    "452 4.4.5 Insufficient disk space; try again later" },
	{ "sendmail-greeting", "success", 1,
	    "Sendmail", 220, "", "sendmail", 0,
	    N_("the classic Unix mail server greets you"),
	    NULL,
	    "220 mail.example.com ESMTP Sendmail "
	    "8.17.1/8.17.1; Mon, 1 Jan 2024 10:00:00 GMT" },

	/* OpenSMTPD. */
	{ "opensmtpd-invalid-recipient", "unknown-user", 0,
	    N_("Invalid recipient"), 550, "",
	    "invalid recipient", BROAD,
	    N_("no mail taken for this address: unknown user, or no relaying"),
	    N_("check the address; to send out, log in on port 587"),
	    "550 Invalid recipient: <nobody@example.com>" },
	{ "opensmtpd-auth-first", "auth-required", 0,
	    N_("Login required"), 530, "",
	    "must issue an auth command first", NEEDAUTH,
	    N_("this listener takes mail only from logged-in users"),
	    N_("{@starttls} if offered, then {@auth}"),
	    "530 5.5.1 Invalid command: Must issue an AUTH command first" },
	{ "opensmtpd-not-allowed", "sequence", 0,
	    N_("Command order"), 503, "",
	    "command not allowed at this point", 0,
	    N_("the command came out of order"),
	    N_("the order is EHLO, MAIL FROM, RCPT TO, DATA; RSET starts over"),
	    "503 5.5.1 Invalid command: Command not allowed at this point." },
	{ "opensmtpd-sender-rejected", "sender-rejected", 0,
	    N_("Sender refused"), 0, "", "sender rejected", BROAD,
	    N_("the server's rules refuse this sender address"),
	    N_("send from an address this server accepts (log in first?)"),
	    "530 Sender rejected" },
	{ "opensmtpd-greeting", "success", 1,
	    "OpenSMTPD", 220, "", "esmtp opensmtpd", 0,
	    N_("the OpenBSD mail server greets you"),
	    NULL,
	    "220 mail.example.com ESMTP OpenSMTPD" },

	/* Dovecot (submission service and LMTP). */
	{ "dovecot-plaintext", "tls-required", 0,
	    N_("TLS required"), 0, "",
	    "plaintext authentication disallowed", NEEDTLS,
	    N_("passwords are refused on an unencrypted connection"),
	    N_("{@starttls}, EHLO again, then {@auth}"),
	    "523 5.7.10 Plaintext authentication disallowed "
	    "on non-secure (SSL/TLS) connections." },
	{ "auth-temporary", "service-unavailable", 0,
	    "AUTH", 4, "",
	    "temporary authentication failure|unable to authenticate at "
	    "present", 0,
	    N_("the login backend (database, LDAP) failed: not your password"),
	    N_("retry later; the server's admin should check its logs"),
	    "454 4.7.0 Temporary authentication failure. "
	    "[mail.example.com:2024-01-01 10:00:00]" },
	{ "dovecot-user-missing", "unknown-user", 0,
	    N_("Unknown recipient"), 0, "", "user doesn't exist", 0,
	    N_("no such user on the mail store"),
	    N_("check the address for typos"),
	    "550 5.1.1 <nobody@example.com> User "
	    "doesn't exist: nobody@example.com" },
	{ "dovecot-quota", "mailbox-full", 0,
	    N_("Mailbox full"), 0, "", "mailbox for user is full", 0,
	    N_("the recipient's mailbox has no room left"),
	    N_("the recipient must make room; retry later"),
	    "552 5.2.2 <user@example.com> Quota "
	    "exceeded (mailbox for user is full)" },
	{ "dovecot-greeting", "success", 1,
	    "Dovecot", 220, "", "dovecot ready", 0,
	    N_("the server is Dovecot's submission service (port 587 or 465)"),
	    NULL,
	    "220 mail.example.com Dovecot ready." },

	/* Outlook.com, before the generic blocklist words. */
	{ "outlook-blocklist", "ip-reputation", 1,
	    "Outlook.com", 0, "", "on our block list", 0,
	    N_("your IP or its network is on "
	    "Microsoft's block list for Outlook.com"),
	    N_("ask for delisting at https://sender.office.com/"),
	    "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. "
	    "Please contact your Internet service provider since "
	    "part of their network is on our block list (S3150)." },

	/* Microsoft Exchange on premises. */
	{ "exchange-greeting", "success", 1,
	    "Microsoft Exchange", 220, "",
	    "microsoft esmtp mail service", 0,
	    N_("Microsoft's mail server greets you"),
	    NULL,
	    "220 mail.example.com Microsoft ESMTP MAIL "
	    "Service ready at Mon, 1 Jan 2024 10:00:00 +0000" },
	{ "exchange-not-authenticated", "auth-required", 0,
	    N_("Login required"), 0, "",
	    "client was not authenticated", NEEDAUTH,
	    N_("this connector takes no anonymous mail: log in first"),
	    N_("{@starttls}, EHLO, then {@auth}"),
	    "530 5.7.1 Client was not authenticated" },
	{ "exchange-send-as", "sender-rejected", 0,
	    N_("Send As"), 0, "",
	    "client does not have permissions to send as this sender", 0,
	    N_("the logged-in user may not send with this From address"),
	    N_("send from your own address, or get Send As rights for the "
	    "other"),
	    "550 5.7.1 Client does not have "
	    "permissions to send as this sender" },
	/* Exchange's transport rules (an admin's mail flow rule). */
	{ "exchange-transport-rule", "policy-other", 0,
	    N_("Mail flow rule"), 0, "",
	    "transport.rules.rejectmessage|rejected by organization policy", 0,
	    N_("a mail flow rule set by the recipient's admin refused this"),
	    N_("ask the recipient's admin which rule, and why"),
	    "550 5.7.900 TRANSPORT.RULES.RejectMessage; the message was "
	    "rejected by organization policy" },
	/* "you are not allowed to send mail to <x>": the recipient's side
	   takes no mail from you (ISP mail systems). */
	{ "not-allowed-to", "policy-other", 0,
	    N_("Not allowed"), 5, "", "not allowed to send mail to|"
	    "not allowed to send to", 0,
	    N_("the receiving side will not take mail from you for this "
	    "address"),
	    N_("ask the recipient to allow you, or reach them another way"),
	    "550 you are not allowed to send mail to <user@example.net>" },
	{ "exchange-loop", "policy-other", 0,
	    N_("Mail loop"), 0, "",
	    "hop count exceeded|mail loop|routing loop|too many hops", 0,
	    N_("the message went round in circles between servers"),
	    N_("check forwarding rules and MX or connector settings"),
	    "554 5.4.14 Hop count exceeded - possible mail loop" },

	/* Generic patterns, after every provider-specific entry. */
	{ "tls-required", "tls-required", 0,
	    N_("STARTTLS required"), 0, "",
	    "must issue a starttls command first|starttls is required|"
	    "ssl/tls encryption is not allowed|tls "
	    "required|encryption required for requested "
	    "authentication|must use starttls|requires tls", NEEDTLS,
	    N_("the server takes this command only on an encrypted connection"),
	    N_("type {@starttls}, then EHLO again, then go on"),
	    "530 5.7.0 Must issue a STARTTLS command first" },
	{ "auth-required", "auth-required", 0,
	    N_("Login required"), 0, "",
	    "authentication required|authentication is required|"
	    "unauthenticated senders not allowed|must "
	    "authenticate|smtp auth required|please "
	    "authenticate|authenticate first|not authenticated|"
	    "requires authentication|"
	    "authentification requise|authentification obligatoire|"
	    "authentifizierung erforderlich|anmeldung erforderlich|"
	    "autenticación requerida|autenticazione richiesta|"
	    "требуется аутентификация|需要认证|需要身份验证|認証が必要",
	    NEEDAUTH | BROAD,
	    N_("the server sends mail only for logged-in users"),
	    N_("{@auth-mech} (after {@starttls}); the user is often the full "
	    "address"),
	    "530 5.7.0 Authentication required." },
	{ "auth-bad-base64", "syntax", 0,
	    "AUTH", 501, "",
	    "cannot base64-decode|cannot decode response|invalid base64|"
	    "not a valid base64", 0,
	    N_("your answer in the AUTH exchange was not valid base64"),
	    N_("encode it with {@b64}, or let {@auth} do the exchange"),
	    "501 5.5.2 Cannot decode response" },
	{ "auth-mech-unsupported", "auth-disabled", 0,
	    "AUTH", 5, "",
	    "invalid authentication mechanism|invalid sasl mechanism|"
	    "unrecognized authentication type|unsupported authentication "
	    "mechanism|authentication mechanism not supported|not "
	    "supported authentication|auth method&not supported", 0,
	    N_("the server does not offer this AUTH mechanism"),
	    N_("pick one of the mechanisms listed on the AUTH line of EHLO"),
	    "504 5.7.4 Unrecognized authentication type" },
	{ "auth-already", "sequence", 0,
	    "AUTH", 503, "", "already authenticated", 0,
	    N_("you are logged in already; AUTH works once per session"),
	    N_("go on with MAIL FROM"),
	    "503 5.5.0 Already authenticated" },
	{ "credits", "quota", 0,
	    N_("Sending credits"), 0, "", "maximum credits exceeded", 0,
	    N_("the account used up the mail its plan allows"),
	    N_("wait for the plan's period to reset, or upgrade it"),
	    "451 Authentication failed: Maximum credits exceeded" },
	{ "auth-failed", "bad-credentials", 0,
	    N_("Login failed"), 0, "",
	    "authentication failed|authentication unsuccessful|authentication "
	    "credentials invalid|invalid credentials|bad credentials|incorrect "
	    "password|invalid login|login failed|"
	    /* French, German, Spanish, Italian, Russian, Chinese, Japanese */
	    "code d'authentification invalide|authentification invalide|"
	    "authentification échouée|échec de l'authentification|"
	    "echec d'authentification|mot de passe incorrect|"
	    "authentifizierung fehlgeschlagen|anmeldung fehlgeschlagen|"
	    "falsches passwort|autenticación fallida|contraseña incorrecta|"
	    "autenticazione fallita|password errata|неверный пароль|"
	    "ошибка аутентификации|密码错误|认证失败|登录失败|認証に失敗|"
	    "認証エラー|identifiants incorrects|identifiant ou mot de passe|"
	    "passwort falsch|benutzername oder passwort|логин или пароль|"
	    "неверные учетные данные|用户名或密码|帐号或密码|账号或密码|"
	    "ユーザー名またはパスワード", AUTHFAIL | BROAD,
	    N_("the server refused the user name and password (or token)"),
	    N_("check both; providers with 2-step login need an app password"),
	    "535 5.7.8 Authentication credentials invalid" },
	{ "greylisting", "greylisting", 0,
	    N_("Greylisting"), 0, "",
	    "greylist|graylist|grey-list|gray-list|greylisting", 0,
	    N_("a first try from an unknown sender is put off on purpose"),
	    N_("retry in a few minutes; a real mail server does this by "
	    "itself"),
	    "450 4.2.0 <user@example.com>: Recipient address rejected: "
	    "Greylisted, see "
	    "http://postgrey.schweikert.ch/help/example.com.html" },
	{ "spamhaus-dbl", "content-spam", 0,
	    "Spamhaus DBL", 0, "", "spamhaus dbl|spamhaus.org/dbl|dbl.spamhaus",
	    0,
	    N_("a domain named in the message is on Spamhaus's domain "
	    "blocklist"),
	    N_("find which (links, From domain) at check.spamhaus.org"),
	    "550 5.7.1 Your email was rejected due to having a domain present "
	    "in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/" },
	{ "spamhaus-pbl", "ip-reputation", 0,
	    "Spamhaus PBL", 0, "", "spamhaus&pbl|pbl.spamhaus|(pbl)", 0,
	    N_("your IP is in a range that should not send mail directly "
	    "(PBL)"),
	    N_("send through your provider's submission server (587 with "
	    "AUTH)"),
	    "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked "
	    "using zen.spamhaus.org; "
	    "https://www.spamhaus.org/query/ip/192.0.2.1 (PBL)" },
	{ "spamhaus", "ip-reputation", 0,
	    "Spamhaus", 0, "", "spamhaus", 0,
	    N_("your IP address (or domain) is on a Spamhaus blocklist"),
	    N_("look it up at check.spamhaus.org and follow the delisting "
	    "steps"),
	    "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked "
	    "using zen.spamhaus.org; "
	    "https://www.spamhaus.org/query/ip/192.0.2.1" },
	{ "spamcop", "ip-reputation", 0,
	    "SpamCop", 0, "", "spamcop", 0,
	    N_("your IP address is on the SpamCop blocklist (recent spam "
	    "reports)"),
	    N_("stop the source of spam; listings expire after about a day"),
	    "550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked "
	    "using bl.spamcop.net; Blocked - see "
	    "https://www.spamcop.net/bl.shtml?192.0.2.1" },
	{ "barracuda", "ip-reputation", 0,
	    "Barracuda", 0, "", "barracuda&reputation|barracuda&blocked|"
	    "barracuda&listed|barracudacentral", 0,
	    N_("your IP address has a poor Barracuda reputation"),
	    N_("request removal at barracudacentral.org"),
	    "554 Service unavailable; Client host [192.0.2.1] blocked using "
	    "Barracuda Reputation; "
	    "http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.1" },
	{ "proofpoint", "ip-reputation", 0,
	    "Proofpoint", 0, "", "ipcheck.proofpoint|proofpoint&reputation|"
	    "proofpoint&blocked|proofpoint&listed", 0,
	    N_("Proofpoint's reputation service blocks your IP address"),
	    N_("request removal through ipcheck.proofpoint.com"),
	    "554 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1" },
	{ "dynamic-ip", "ip-reputation", 0,
	    N_("Dynamic IP"), 0, "",
	    "dynamic ip|dynamic address|residential|dial-up|dialup", 0,
	    N_("your IP is a home or dynamic address: direct mail is refused"),
	    N_("send through your provider's submission server (587 with "
	    "AUTH)"),
	    "550 5.7.1 Mail from dynamic IP address 192.0.2.1 refused" },
	{ "blocklist", "ip-reputation", 0,
	    N_("Blocklist"), 0, "",
	    "blocked using|black list|blacklisted|on a blacklist|in a "
	    "blacklist|our blacklist|in blacklist|on blacklist|blocklist|block "
	    "list|dnsbl|listed at|on our rbl|rbl restriction|rbl reject|"
	    "listed in rbl|in an rbl|sorbs.net|sorbs |uceprotect|spamrats|"
	    "mailspike|"
	    "abuseat|psbl.surriel|backscatterer|gbudb", 0,
	    N_("your IP address or domain is on a blocklist this server uses"),
	    N_("find the list named in the text and follow its delisting "
	    "steps"),
	    "550 rejected because 192.0.2.1 is "
	    "in a black list at bl.example.net" },
	{ "relay-as-sender", "sender-rejected", 0,
	    N_("Sender address"), 0, "", "relaying disallowed as", 0,
	    N_("this account may not send with that From address"),
	    N_("send from an address of the account you logged in with"),
	    "553 Relaying disallowed as user@example.com" },
	{ "policy-ip", "ip-reputation", 0,
	    N_("IP address"), 0, "",
	    "policy restrictions (ip based)|client host blocked|"
	    "ip address is blocked|ip address has been blocked|your ip has "
	    "been blocked|your ip is blocked|ip blocked|banned sender[|"
	    "banned sender [|"
	    "banned sending ip|detected from ip range|adresse ip est bloqu|"
	    "adresse ip bloqu|adresse ip source bloqu|ip-adresse ist gesperrt|"
	    "ip-adresse wurde gesperrt|ip заблокирован|ip-адрес заблокирован|"
	    "ip地址被封|ip被封", 0,
	    N_("mail from your IP address is refused (its reputation)"),
	    N_("send through a server with a good reputation"),
	    "550 <user@example.com>: Reject due to policy restrictions "
	    "(IP based)" },
	{ "app-code", "app-password-required", 0,
	    N_("Authorization code"), 535, "", "enter your "
	    "authorization", AUTHFAIL,
	    N_("the account wants its authorization code, not its password"),
	    N_("create the code in the webmail's settings and log in with it"),
	    "535 Login Fail. Please enter your authorization code to login. "
	    "More information in http://service.mail.qq.com/cgi-bin/help?"
	    "subtype=1&&id=28&&no=1001256" },
	{ "verified-identity", "sender-rejected", 0,
	    N_("Sender identity"), 0, "", "verified sender identity", 0,
	    N_("the From address is not a sender identity this account "
	    "verified"),
	    N_("verify the address or domain in the provider's settings"),
	    "550 The from address does not match a verified Sender Identity. "
	    "Mail cannot be sent until this error is resolved." },
	{ "outlook-hotmail-codes", "ip-reputation", 1,
	    "Outlook.com", 0, "",
	    "(sc-002)|(sc-003)|(sc-004)|(dy-001)|(dy-002)|"
	    "sc-002 |sc-003 |sc-004 |dy-001 |dy-002 |ou-001 |ou-002 ", 0,
	    N_("mail from your IP address is refused (reputation, dynamic IP)"),
	    N_("check the IP's reputation; ask for delisting at "
	    "sender.office.com"),
	    "550 DY-001 (COL0-MC1-F23) Unfortunately, messages from 192.0.2.1 "
	    "weren't sent. Please contact your Internet service provider. You "
	    "can tell them that Hotmail does not relay dynamically-assigned IP "
	    "ranges." },
	{ "from-domain", "sender-rejected", 0,
	    N_("Sender domain"), 0, "", "unresolvable rfc.532", 0,
	    N_("the domain of your sender address does not resolve in DNS"),
	    N_("send from a domain with working DNS (MX or A records)"),
	    "451 Message temporarily deferred due to unresolvable RFC.5321 "
	    "from domain" },
	{ "reputation", "ip-reputation", 0,
	    N_("Reputation"), 0, "",
	    "poor reputation|bad reputation|low reputation|of ip reputation|"
	    "ip reputation", 0,
	    N_("your IP address or domain has a poor reputation there"),
	    N_("check it with the blocklists and the provider's postmaster "
	    "pages"),
	    "550 5.7.1 Sender has a poor reputation" },
	{ "blocked-senders", "sender-rejected", 0,
	    N_("Blocked sender"), 0, "", "blocked senders|user denylist|"
	    "sender denylist|blocked sender list", 0,
	    N_("the recipient's side has your address on its blocked senders "
	    "list"),
	    N_("reach the person another way"),
	    "550 Rejected by header-based Blocked Senders - Block policy for "
	    "Header From" },
	/* hMailServer's and Haraka's own relay refusals (their sources'
	   texts, and public bounces: B-0129, B-0043 in train). */
	{ "relay-own-words", "relay-denied", 0,
	    N_("Relay refused"), 5, "",
	    "delivery is not allowed to this address|i cannot deliver mail "
	    "for", RELAY,
	    N_("you are not logged in, and the recipient's domain is not "
	    "one it serves"),
	    N_("to send out, log in first ({@auth}) on the submission port "
	    "587"),
	    "550 Delivery is not allowed to this address." },
	{ "relay-denied", "relay-denied", 0,
	    N_("Relay denied"), 0, "",
	    "relaying not permitted|relay denied|list of allowed hosts|"
	    "unauthorized relaying|relaying not allowed|relay "
	    "not allowed|unable to relay|not permitted to relay|we "
	    "do not relay|relaying disallowed|relay access|allowed rcpthosts|"
	    "relais refusé|"
	    "relais interdit|relaying nicht erlaubt|relay nicht erlaubt|"
	    "relaying verweigert|relay no permitido|relay non permesso|"
	    "ретрансляция запрещена|不允许中继|中継は許可", RELAY | BROAD,
	    N_("this server takes mail only for its own domains"),
	    N_("to send elsewhere, log in ({@auth}) on the submission port "
	    "587"),
	    "550 5.7.1 Unable to relay" },
	/* "does not exist" answering MAIL FROM is about the sender (the
	   rules pick this one for the unknown-user phrases there). */
	{ "sender-unknown", "sender-rejected", 0,
	    N_("Unknown sender"), 0, "", "sender address does not exist|"
	    "sender does not exist|suspected spam sender", 0,
	    N_("this server refuses your MAIL FROM address: unknown or "
	    "unwanted"),
	    N_("send from an address that exists and that you may use"),
	    "550 Suspected spam sender." },
	/* The sending account's own state, in the provider's words. */
	{ "own-account-blocked", "mailbox-disabled", 0,
	    N_("Your account"), 0, "",
	    "your account has been suspended|your account is suspended|"
	    "your account has been disabled|your account is disabled|"
	    "your account has been blocked|your account is blocked|"
	    "your account has been locked|your account is locked", 0,
	    N_("the provider has suspended or blocked your own account"),
	    N_("ask the provider's support why, before sending more"),
	    "554 5.7.1 Your account has been suspended for sending spam" },
	{ "mailbox-disabled", "mailbox-disabled", 0,
	    N_("Mailbox disabled"), 0, "",
	    "mailbox disabled|mailbox is inactive|account has been disabled|"
	    "account is disabled|account disabled|account has been suspended|"
	    "account is suspended|account suspended|"
	    "disabled or discontinued|account closed|inactive mailbox|"
	    "account is blocked|inactive email address|deactivated|"
	    "user suspended|mailbox suspended|account inactive|"
	    "rejected: inactive", 0,
	    N_("the recipient's mailbox is closed or suspended"),
	    N_("reach the person another way"),
	    "550 5.2.1 Mailbox disabled, not accepting messages" },
	/* Sendmail: the recipient's domain has no mail host in DNS. */
	{ "host-unknown", "unknown-user", 0,
	    N_("Unknown domain"), 5, "", "host unknown", 0,
	    N_("the recipient's domain has no mail server in DNS"),
	    N_("check the part of the address after the @ for typos"),
	    "550 5.1.2 <user@example.invalid>... Host unknown (Name server: "
	    "example.invalid: host not found)" },
	{ "user-unknown", "unknown-user", 0,
	    N_("No such user"), 0, "",
	    "user unknown|unknown user|no such user|invalid recipient|"
	    "user does not exist|account does not exist|recipient does not "
	    "exist|email address does not exist|illegal alias|not our "
	    "customer|no such domain|unknown domain|domain does not exist|"
	    "benutzer unbekannt|empfänger unbekannt|unbekannter empfänger|"
	    "utilisateur inconnu|destinataire inconnu|adresse inconnue|"
	    "destinataire invalide|нет такого пользователя|пользователь не "
	    "найден|Нет такого пользователя|用户不存在|收件人不存在|"
	    "邮箱不存在|宛先不明|存在しない|存在しません|"
	    "invalid-recipient|no longer valid|not in recipient list|user not "
	    "found|mailbox not "
	    "found|no mailbox here|recipient not found|unknown recipient|no "
	    "such recipient|address does not exist|does not exist here|invalid "
	    "mailbox|mailbox does not exist|not a valid mailbox", BROAD,
	    N_("there is no mailbox with this address on that server"),
	    N_("check the address for typos"),
	    "550 5.1.1 <nobody@example.com>... User unknown" },
	{ "mailbox-full", "mailbox-full", 0,
	    N_("Mailbox full"), 0, "",
	    "mailbox full|mailbox is full|over quota|storage space|"
	    "postfach voll|postfach ist voll|speicherplatz|boite pleine|"
	    "boîte pleine|boite aux lettres pleine|boîte aux lettres pleine|"
	    "ящик переполнен|邮箱已满|邮箱空间不足|容量超過|容量オーバー|"
	    "容量がいっぱい|メールボックスがいっぱい|"
	    "exhausted allowed storage|quota violation|has too many messages|"
	    "mailbox quota exceeded|user quota exceeded|disk quota exceeded|"
	    "quota exceeded (mailbox|exceeded "
	    "storage allocation|mailbox size limit|insufficient storage for", 0,
	    N_("the recipient's mailbox has no room left"),
	    N_("retry later; the recipient must make room"),
	    "552 5.2.2 Mailbox full" },
	{ "size-limit", "size-limit", 0,
	    N_("Size limit"), 0, "",
	    "message size exceeds|message too large|message too big|message is "
	    "too large|exceeds size limit|size limit "
	    "exceeded|message exceeds the maximum|message trop volumineux|"
	    "message trop gros|nachricht zu groß|nachricht ist zu groß|"
	    "mensaje demasiado grande|messaggio troppo grande|"
	    "слишком большое|邮件过大|サイズが大きすぎ", 0,
	    N_("the message is larger than this server accepts"),
	    N_("send a smaller message; the SIZE line of EHLO gives the limit"),
	    "552 5.3.4 Message too big for system" },
	{ "too-many-recipients", "rate-limit", 0,
	    N_("Recipient limit"), 0, "",
	    "too many recipients", 0,
	    N_("the server takes only so many recipients per message"),
	    N_("send this one, then the other recipients in a new transaction"),
	    "452 4.5.3 Too many recipients" },
	/* A limit per day is a quota, one per hour or minute a rate. */
	{ "sending-quota", "quota", 0,
	    N_("Sending quota"), 0, "",
	    "daily limit|daily sending|daily quota|daily message|per day|"
	    "sending quota|message quota exceeded|submission quota", 0,
	    N_("this account reached its sending quota for the period"),
	    N_("wait until the quota resets (often 24 hours), or raise it"),
	    "550 5.1.90 Your message can't be sent because you've reached your "
	    "daily limit for message recipients" },
	{ "rate-limit", "rate-limit", 0,
	    N_("Rate limit"), 0, "",
	    "too many recent messages|frequency limited|message per "
	    "connection|messages per connection|authenticate too many times|"
	    "limit for the number of messages|rate limit|ratelimit|rate-limit|"
	    "too many messages|too many "
	    "connections|too many concurrent|concurrent connections|"
	    "concurrent server connections|queue quota|sending limit|throttl|slow down|exceeded "
	    "the rate|max emails per hour|per hour|per minute|per second|"
	    "hourly|too frequent|number of sessions exceeds|too many invalid "
	    "recipients|message from&temporarily deferred", 0,
	    N_("you send faster or more than this server allows"),
	    N_("slow down and retry later"),
	    "421 4.7.0 Too many messages, rate limit exceeded" },
	{ "reverse-dns", "ip-reputation", 0,
	    N_("Reverse DNS"), 0, "",
	    "reverse dns|dns ptr|reverse hostname|reverse lookup|ptr record|no "
	    "ptr|rdns|hostname lookup failed|name lookup failed", 0,
	    N_("your IP address has no proper reverse DNS (PTR) name"),
	    N_("send through a server with reverse DNS that resolves back"),
	    "550 5.7.25 Reverse DNS validation failed" },
	{ "dmarc", "spf-dkim-dmarc", 0,
	    "DMARC", 0, "", "dmarc", 0,
	    N_("the From domain's DMARC policy rejects this message"),
	    N_("make SPF or DKIM pass and align with the From domain"),
	    "550 5.7.1 Email rejected per DMARC policy for example.com" },
	{ "spf", "spf-dkim-dmarc", 0,
	    "SPF", 0, "", "spf|sender policy framework", 0,
	    N_("the sender domain's SPF record does not allow your IP address"),
	    N_("add the sending server to the domain's SPF record"),
	    "550 5.7.23 The message was rejected because "
	    "of Sender Policy Framework violation" },
	{ "dkim", "spf-dkim-dmarc", 0,
	    "DKIM", 0, "", "dkim", 0,
	    N_("the message's DKIM signature is missing or does not verify"),
	    N_("sign with DKIM for the From domain; do not alter signed "
	    "messages"),
	    "550 5.7.20 No passing DKIM signature found" },
	{ "helo-rejected", "syntax", 0,
	    N_("EHLO name"), 0, "",
	    "invalid helo|bad helo|helo name|ehlo name|helo/ehlo argument",
	    BROAD,
	    N_("the server does not like the name you gave in EHLO"),
	    N_("EHLO with the client's real, resolvable host name"),
	    "550 5.7.1 Helo command rejected: bad HELO name" },
	{ "sender-dns", "sender-rejected", 0,
	    N_("Sender domain"), 0, "", "invalid dns mx or a/aaaa resource "
	    "record",
	    0,
	    N_("your sender domain has no MX or address record in DNS"),
	    N_("send from a domain whose DNS has an MX (or A/AAAA) record"),
	    "550 Requested action not taken: mailbox unavailable / invalid DNS "
	    "MX or A/AAAA resource record" },
	{ "policy-sender", "sender-rejected", 0,
	    N_("Sender address"), 0, "",
	    "policy restrictions (domain based)|invalid sender|sender domain "
	    "not verified|local user only|spoofed message|not owned by auth "
	    "user|not allowed to send from|sender denied|senderfilterconfig",
	    BROAD,
	    N_("this server does not take mail from your sender address or "
	    "domain"),
	    N_("send from an address the server accepts (often: your own)"),
	    "501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]" },
	{ "sequence", "sequence", 0,
	    N_("Command order"), 0, "",
	    "bad sequence of commands|out of sequence|no commands allowed to "
	    "pipeline|may not be repeated", 0,
	    N_("a command came where the protocol does not allow it"),
	    N_("send the commands in order: EHLO, MAIL, RCPT, DATA"),
	    "503 5.5.1 Bad sequence of commands." },
	{ "syntax", "syntax", 0,
	    N_("Syntax"), 0, "",
	    "syntax error|message is malformed|missing a valid "
	    "address in the from|unrecognized command|unimplemented command|"
	    "command unrecognized|illegal address|missing final '@|duplicate "
	    "header|enclosed in angle brackets|not rfc 2822 compliant|"
	    "requires domain name|invalid domain name|nul characters are not "
	    "allowed|unexpected null in smtp|must contain a domain", BROAD,
	    N_("the command or message is not in valid form"),
	    N_("check the command's form (an address goes in <>) or the "
	    "headers"),
	    "501 Syntax error in parameters or arguments" },
	{ "content-filter", "content-spam", 0,
	    N_("Content filter"), 0, "",
	    "message filtered|spam url|dt:spm|forbidden_file_extension|"
	    "banned attachment|prohibited attachment|blocked attachment|"
	    "dangerous attachment|attachment type|"
	    "content restrictions|probability of spam|spam probability|"
	    "suspicion of spam|mail content denied|"
	    "potential security issue", 0,
	    N_("a filter refused the message for its content"),
	    N_("check links, attachments and wording; send the file another "
	    "way"),
	    "550 5.2.0 Message Filtered" },
	{ "server-trouble", "service-unavailable", 0,
	    N_("Server problem"), 0, "",
	    "temporary system problem|temporarily rejected message|service not "
	    "available|service temporarily unavailable|resources temporarily "
	    "unavailable|temporary server error|upstream error|temporary "
	    "domain "
	    "failure|name server timeout|service is currently unavailable|"
	    "local error in processing|temporary local error|internal server "
	    "error|too much load|overloaded", BROAD,
	    N_("the server has a passing problem of its own"),
	    N_("retry later; a real mail server does this by itself"),
	    "421 4.3.0 Temporary System Problem. Try again later" },
	/* The recipient's side refuses you in so many words: a policy. */
	{ "policy", "policy-other", 0,
	    N_("Policy"), 0, "",
	    "has a policy that "
	    "prohibited|only accepting mail from|only accepts mail from|"
	    "rejected by this user|recipient has blocked|blocked by the "
	    "recipient|blocked by recipient", BROAD,
	    N_("a rule of the receiving side refuses this; the text says no "
	    "more"),
	    N_("ask the recipient to have their admin look it up"),
	    "550 5.7.1 The user or domain that you are sending to (or from) "
	    "has a policy that prohibited the mail that you sent." },
	/* "Denied by policy", "policy restrictions": a local rule, and no
	   word of which; servers use it for IP blocks, content, senders
	   alike, so it states no cause (issue 12, round 5). */
	{ "policy-bare", NULL, 0,
	    N_("Policy"), 0, "",
	    "policy restrictions|policy rejection|restricted by policy|"
	    "denied by policy|policy violation", BROAD,
	    N_("a rule of the receiving side refuses this; the text says no "
	    "more"),
	    N_("ask the recipient to have their admin look it up"),
	    "550 5.7.1 Policy rejection on the target address" },
	{ "null-mx-sender", "sender-rejected", 0,
	    "Null MX", 0, "X.7.27", "null mx", 0,
	    N_("your sender domain publishes a null MX: it cannot take "
	    "replies"),
	    N_("send from a domain that takes mail"),
	    "550 5.7.27 Sender address has null MX" },
	{ "null-mx", "unknown-user", 0,
	    "Null MX", 0, "", "null mx", 0,
	    N_("the domain publishes a null MX: it takes no mail at all"),
	    N_("use another address; this domain cannot receive mail"),
	    "556 5.1.10 Recipient address has null MX" },
	{ "no-service", NULL, 0,
	    N_("No service"), 554, "", "no smtp service here", 0,
	    N_("the server refuses to talk to you at all"),
	    N_("your IP may be blocked; try another network or server"),
	    "554 No SMTP service here" },
	{ "virus", "content-spam", 0,
	    N_("Virus"), 0, "", "virus|malware|infected", 0,
	    N_("a virus scanner found (or suspects) malware in the message"),
	    N_("scan the attachment; send the file another way"),
	    "554 5.7.1 Message rejected: virus found (Eicar-Signature)" },
	{ "line-too-long", "syntax", 0,
	    N_("Line length"), 0, "", "line too long|line is too long", 0,
	    N_("a line was longer than the server "
	    "accepts (SMTP allows 1000 bytes)"),
	    N_("wrap long lines, or encode the body (quoted-printable, "
	    "base64)"),
	    "500 5.5.2 Line too long" },
	{ "ready-tls", "success", 0,
	    "STARTTLS", 220, "", "ready to start tls", 0,
	    N_("the server agreed to STARTTLS: the TLS handshake comes next"),
	    NULL,
	    "220 2.0.0 Ready to start TLS" },
	{ "accepted-for-delivery", "success", 0,
	    N_("Accepted"), 250, "",
	    "message accepted for delivery|accepted for delivery", 0,
	    N_("the message is queued: the server now owns its delivery"),
	    NULL,
	    "250 2.0.0 4a7b3c2d Message accepted for delivery" },
	{ "spam-content", "content-spam", 0,
	    N_("Spam filter"), 0, "",
	    "spam message|message is spam|as spam|like spam|spam content|spam "
	    "detected|"
	    "spam score|spam filter|high spam|considered spam|probable spam|"
	    "spamassassin|junk mail|unsolicited mail|unsolicited bulk|"
	    "content rejected|- spam|(spam)|appears to be unsolicited|"
	    "known spam|banned content|"
	    "appears to be spam|looks like spam|unacceptable content|"
	    /* German, French, Russian, Chinese, Japanese */
	    "als spam erkannt|spam erkannt|spam détecté|spam detecte|"
	    "considéré comme spam|comme spam|как спам|спамом|"
	    "похоже на спам|垃圾邮件|迷惑メール", 0,
	    N_("a content filter judged this message as spam"),
	    N_("check the content, links and sending domain's reputation"),
	    "550 5.7.1 Message rejected as spam by Content Filtering." },

	/*
	 * A provider known by its link or code, but its text names no one
	 * cause: it is named (and states no cause) only when no topic above
	 * matched.
	 */
	{ "yahoo-policy", NULL, 1,
	    "Yahoo", 0, "",
	    "message not accepted for policy reasons", 0,
	    N_("the message was refused for its content, the sender's "
	    "reputation or DMARC"),
	    N_("check SPF, DKIM and DMARC, and the "
	    "content; see Yahoo's codes page"),
	    "554 5.7.9 Message not accepted for policy reasons. "
	    "See https://postmaster.yahooinc.com/error-codes" },
	/* iCloud links its postmaster page from every kind of reply: the
	   link names the sender, never the cause (smtp.codes/icloud). */
	{ "icloud-volume", "rate-limit", 1,
	    "iCloud Mail", 4, "", "deferred due to excessive volume", 0,
	    N_("this recipient gets more mail than iCloud takes for now"),
	    N_("retry later, and send to this address more slowly"),
	    "421 4.7.1 Messages to user@icloud.com deferred due to excessive "
	    "volume. Try again later - "
	    "https://support.apple.com/en-us/HT204137" },
	{ "icloud-policy", NULL, 1,
	    "iCloud Mail", 0, "",
	    "[cs01]|[cs02]|[hm07]|[hm08]", 0,
	    N_("refused under local policy (spam and authentication checks)"),
	    N_("check SPF, DKIM, DMARC and reverse "
	    "DNS; see Apple's postmaster page"),
	    "554 5.7.1 [CS01] Message rejected due to local policy. "
	    "Please visit https://support.apple.com/en-us/HT204137" },
	{ "mimecast", NULL, 1,
	    "Mimecast", 0, "", "mimecast", 0,
	    N_("a Mimecast policy of the recipient's organisation refused "
	    "this"),
	    N_("the recipient's admin can look up the rule (the link names "
	    "it)"),
	    "550 Envelope blocked - User Entry - "
	    "https://community.mimecast.com/docs/DOC-1369#550" },
	/* Exim's default words for any local rule, used by others too. */
	{ "exim-admin-prohibition", NULL, 0,
	    N_("Local rule"), 0, "", "administrative prohibition",
	    0,
	    N_("a local rule of this server refuses you (blocked sender or "
	    "IP)"),
	    N_("ask the recipient's admin; the server log says which rule"),
	    "550 Administrative prohibition" },
};
const size_t notes_nknowns = sizeof notes_knowns / sizeof notes_knowns[0];

/* Length of an enhanced status code at the start of s, or 0. */
static size_t
notes_known_esclen(const char *s, size_t len)
{
	size_t	 i, n, part;

	if (len < 5 || (s[0] != '2' && s[0] != '4' && s[0] != '5') ||
	    s[1] != '.')
		return 0;
	i = 2;
	for (part = 0; part < 2; part++) {
		for (n = 0; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			n++;
		if (n < 1 || n > 3)
			return 0;
		if (part == 0 && (i >= len || s[i++] != '.'))
			return 0;
	}
	if (i < len && s[i] != ' ' && s[i] != '\t')
		return 0;
	return i;
}

size_t
notes_known_text(const struct reply *r, char *buf, size_t size)
{
	size_t		 i, j, len, o = 0;
	const char	*s;
	unsigned char	 c;
	int		 space = 0;

	if (size == 0)
		return 0;
	for (i = 0; r != NULL && i < r->nlines; i++) {
		s = r->lines[i];
		len = r->lens != NULL ? r->lens[i] : strlen(s);
		/* "550-5.7.26 text": the code repeats on every line. */
		j = notes_known_esclen(s, len);
		if (o > 0)
			space = 1;
		for (; j < len && o + 1 < size; j++) {
			c = (unsigned char)s[j];
			if (c < 0x20 || c == 0x7f || c == ' ') {
				space = o > 0;
				continue;
			}
			if (space) {
				buf[o++] = ' ';
				space = 0;
				if (o + 1 >= size)
					break;
			}
			buf[o++] = c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
		}
	}
	buf[o] = '\0';
	return o;
}

/* 1 when every "&"-joined part of pat[0..len) occurs in text. */
static int
notes_known_all(const char *pat, size_t len, const char *text,
    size_t textlen)
{
	const char	*amp;
	size_t		 n;

	while (len > 0) {
		amp = memchr(pat, '&', len);
		n = amp != NULL ? (size_t)(amp - pat) : len;
		if (n > 0 && memmem(text, textlen, pat, n) == NULL)
			return 0;
		if (amp == NULL)
			break;
		len -= n + 1;
		pat = amp + 1;
	}
	return 1;
}

int
notes_known_match(const char *pattern, const char *text)
{
	const char	*bar;
	size_t		 n, len, textlen;

	if (pattern == NULL || *pattern == '\0')
		return 1;
	textlen = strlen(text);
	len = strlen(pattern);
	for (;;) {
		bar = memchr(pattern, '|', len);
		n = bar != NULL ? (size_t)(bar - pattern) : len;
		if (n > 0 && notes_known_all(pattern, n, text, textlen))
			return 1;
		if (bar == NULL)
			return 0;
		len -= n + 1;
		pattern = bar + 1;
	}
}

/* The enhanced code constraint: "" any, "X.7.139" any class. */
static int
notes_known_esc_ok(const char *want, const char *esc)
{
	if (want == NULL || *want == '\0')
		return 1;
	if (esc == NULL || *esc == '\0')
		return 0;
	if (want[0] == 'X')
		return strcmp(want + 1, esc + 1) == 0;
	return strcmp(want, esc) == 0;
}

static int
notes_known_code_ok(int want, int code)
{
	if (want == 0)
		return 1;
	if (want < 10)
		return code / 100 == want;
	return code == want;
}

const struct notes_known *
notes_known_find(int code, const char *esc, const char *text)
{
	return notes_known_next(NULL, code, esc, text);
}

const struct notes_known *
notes_known_next(const struct notes_known *after, int code, const char *esc,
    const char *text)
{
	size_t	 i;

	i = after != NULL ? (size_t)(after - notes_knowns) + 1 : 0;
	for (; i < notes_nknowns; i++) {
		if (!notes_known_code_ok(notes_knowns[i].code, code) ||
		    !notes_known_esc_ok(notes_knowns[i].esc, esc))
			continue;
		if (notes_known_match(notes_knowns[i].match, text))
			return &notes_knowns[i];
	}
	return NULL;
}

const struct notes_known *
notes_known_find_esc(const char *esc)
{
	size_t	 i;

	for (i = 0; i < notes_nknowns; i++)
		if (notes_knowns[i].match[0] == '\0' &&
		    notes_known_esc_ok(notes_knowns[i].esc, esc))
			return &notes_knowns[i];
	return NULL;
}
