#pragma once

namespace nereid {

// Why a request to the server did not give a usable answer (SyncError::Kind): here so that what the app shows of
// the sync (SyncStatus) names it without the sync engine's network types.
enum class SyncErrorKind
{
    None,
    Unreachable,  // down, connection refused, unknown host, connection dropped
    Timeout,      // no answer in time
    ServerError,  // 5xx
    BadAnswer,    // not the JSON the API promises (garbage, truncated)
    Unauthorized, // 401: token unknown or revoked
    Forbidden,    // 403: the token is read-only, or the user's role in the workspace does not allow it
    Refused,      // another 4xx: the request itself was wrong
    Storage,      // the cache could not store the answer
    // TLS: a certificate the system does not trust, and none pinned for the profile (see CertificatePin)
    UntrustedCertificate,
    // TLS: not the certificate pinned for the profile, so someone may be intercepting the connection
    ChangedCertificate,
};

} // namespace nereid
