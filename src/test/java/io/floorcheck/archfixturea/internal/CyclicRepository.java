package io.floorcheck.archfixturea.internal;

import io.floorcheck.archfixtureb.internal.OtherRepository;

/** Deliberately reaches into another feature's internals, which reach back: a cycle. */
public class CyclicRepository {

    public OtherRepository other;
}
