// Compiled as a view is (linking nereid_views) by the views_include_* tests: PROBE_HEADER names the header tried.
#include PROBE_HEADER
