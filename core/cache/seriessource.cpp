#include "seriessource.h"

namespace nereid {

SeriesSource::~SeriesSource() = default;

} // namespace nereid
