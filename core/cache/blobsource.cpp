#include "blobsource.h"

namespace nereid {

BlobSource::~BlobSource() = default;

} // namespace nereid
