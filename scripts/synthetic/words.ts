/** Word lists for synthetic catalogs: invented names only, so no real person is quoted. */

export const firstNames = (
  'Aiko Alba Amara Anders Anika Arlo Bea Bruno Cai Cleo Dario Dede Elif Emil Esme Farah Felix ' +
  'Freya Gideon Greta Hana Hugo Ines Isak Jonah Juno Kai Kira Lars Leila Luca Mads Maren Mika ' +
  'Nadia Nico Nina Oren Otto Paz Quinn Rafa Rhea Rosa Sami Sela Teo Tova Uma Vera Wren Yara Zeno Zuri'
).split(' ')

export const lastNames = (
  'Ambervale Ashcombe Birchmoor Bramblefield Cloudsley Copperleaf Dovecote Eastwick Emberly ' +
  'Fernhollow Foxmere Glimmerton Hollowell Inkwood Juniperby Kestrelford Larkspur Lindqvale ' +
  'Marrowfield Mossgrove Nettlecombe Oakhaven Pebbleworth Quarrington Ravensby Rosemoor Saltmarsh ' +
  'Silverdale Stonebridge Thistlewood Tumbleford Umberfield Westerholm Willowby Wrenfield ' +
  'Yarrowmere Zephyrton Brackenridge Cinderford Duskwood Frostholm Gladwell Heathcote Ivybridge'
).split(' ')

export const technologyPrefixes = (
  'kube flux cloud data stream mesh edge wasm nimbus quartz helio vector pulse orbit cinder ' +
  'lumen hydra axon tensor ember krypt nova terra zephyr argon'
).split(' ')

export const technologySuffixes =
  'db ops flow hub kit lake forge gate scope sync base stack grid cast vault wire bench pilot craft loop'.split(
    ' ',
  )

export const showWords = {
  first: 'Open Quiet Bright Deep Remote Patient Curious Steady Distant Modern'.split(' '),
  second: 'Pipeline Kernel Compiler Cluster Runtime Terminal Network Schema Harbor Signal'.split(
    ' ',
  ),
  third: 'Radio Hour Weekly Talks Sessions Notes Dispatch Podcast'.split(' '),
}

export const adjectives = (
  'small fast resilient portable immutable distributed careful honest quiet reliable modest ' +
  'secure observable practical declarative gradual hidden shared stateless elastic boring ' +
  'predictable incremental frugal patient friendly sturdy lean curious'
).split(' ')

export const nouns = (
  'cluster pipeline service cache queue schema release rollout team incident budget kernel ' +
  'compiler runtime network storage workload image registry operator contract dashboard ' +
  'migration prototype benchmark library platform protocol index scheduler sandbox module ' +
  'gateway backlog roadmap review community maintainer upgrade deadline habit trade-off'
).split(' ')

export const verbs = (
  'builds ships measures replaces explains tests trims scales debugs migrates secures caches ' +
  'observes shares questions simplifies reviews rewrites schedules maintains documents'
).split(' ')

export const linkers = 'and but because while so when although until'.split(' ')

export const determiners = 'the a every one each our their this that another'.split(' ')
