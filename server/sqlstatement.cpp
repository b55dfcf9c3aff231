#include "sqlstatement.h"

#include <cmath>

namespace nereid {

double SqlStatement::realOrNan(int column) const
{
    return isNull(column) ? NAN : real(column);
}

} // namespace nereid
