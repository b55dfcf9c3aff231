#pragma once

#include "query/runorder.h"

#include <QCoreApplication>

namespace nereid {

// A run listing's cursor (page_token and next_page_token, docs/api.md): the sort value and run number of the last
// run a page served, and the listing it belongs to. The next page starts after that run in the listing's order, so
// runs created between pages neither shift nor repeat what was served, as they do with `offset`. On the wire it
// is base64url of a small JSON object: opaque to clients, which only send it back, and self-contained, so any
// thread or server process can continue a listing.
struct PageToken
{
    Q_DECLARE_TR_FUNCTIONS(PageToken)

public:
    QString listing;           // RunListingParams::listingKey() of the listing it continues
    qint64 runNumber = 0;      // of the last run served
    RunOrder::SortValue value; // of that run; a text or set too long for a URL is left out of the token...
    bool valueLeftOut = false; // ...and then the run's value when the next page is asked for counts

    QString encode() const;
    // Throws ApiError(400, invalid_request) when `text` is not a token this server gave out.
    static PageToken decode(const QString &text);
    // Throws ApiError(400, invalid_request) when the token belongs to another listing (sort, filters, project).
    void checkListing(const QString &listingKey) const;
};

} // namespace nereid
