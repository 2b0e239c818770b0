// Typed rule tests lint their code as this file of the fixture project.
