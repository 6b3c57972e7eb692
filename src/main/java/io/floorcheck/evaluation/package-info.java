/**
 * Due-diligence evaluations: the candidates, the rubric versions and weights, the team, the
 * status from draft to locked, and the rules of independence and visibility — conflicts of
 * interest gate scoring, members see only their own evaluations, and scoring is blind.
 */
package io.floorcheck.evaluation;
