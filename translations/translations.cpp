// The catalogues are resources of this library (see CMakeLists.txt); it has no code of its own.
