// A page of the changes feed as the app reads it (core/sync/changespage): any bytes a server, or something
// pretending to be one, answers. What is read is either an error or runs; never both.
#include "sync/changespage.h"

#include <cstdint>
#include <QCoreApplication>

using namespace nereid;

// A SyncError holds a QSslCertificate, whose construction loads Qt's TLS backend: that needs the application.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const ChangesPage page = ChangesPage::read(body, QStringLiteral("fuzz/project"));
    if (page.error.isError() && !page.runs.isEmpty())
        qFatal("a page that could not be read has runs");
    return 0;
}
