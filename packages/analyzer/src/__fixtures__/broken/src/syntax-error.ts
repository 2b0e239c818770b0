export function broken( {
  return ;;; }}}
