#include "runstatename.h"

namespace nereid {

QString RunStateName::display(const QString &state)
{
    if (state == QLatin1String("active"))
        return tr("active", "sys/state: a client is logging to the run");
    if (state == QLatin1String("inactive"))
        return tr("inactive", "sys/state: no client has been in touch for a while");
    return state;
}

} // namespace nereid
