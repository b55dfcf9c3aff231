"""The Neptune version this package answers to.

Libraries check it before they use Neptune (Lightning's NeptuneLogger: "neptune>=1.0"; integrations that branch
on 1.x against 0.x package layouts), so it is the last Neptune 1.x release, whose API nereid follows. nereid's own
version is nereid.__version__.
"""

__version__ = "1.14.0"
version = __version__
