// A worker script that cannot start: the compile must go on without it.
throw new Error('this worker fails on purpose')
